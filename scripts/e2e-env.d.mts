export declare const E2E_AUTH_SECRET: string;
export declare function e2eEnv(port: string | number): NodeJS.ProcessEnv;
export declare const CHROMIUM_FLAGS: string[];
