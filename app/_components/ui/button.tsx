import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';

/**
 * Button (NL Design System name): the portal's one button look, as a <button> or a link that
 * looks like one. Colours come from the theme variables in app/globals.css.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';
export type ButtonSize = 'small' | 'medium' | 'large';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-700 bg-white text-brand-700 hover:bg-brand-50',
  danger: 'border border-red-800 bg-white text-red-800 hover:bg-red-50',
  link: 'text-brand-700 underline',
};

const sizes: Record<ButtonSize, string> = {
  small: 'px-3 py-1',
  medium: 'px-4 py-2',
  large: 'px-5 py-3 text-lg',
};

export function buttonClass({ variant = 'primary', size = 'medium', block = false, className }: { variant?: ButtonVariant; size?: ButtonSize; block?: boolean; className?: string } = {}) {
  const look = variant === 'link' ? variants.link : `rounded-md font-semibold disabled:opacity-70 ${sizes[size]} ${variants[variant]}`;
  return [look, block ? 'block w-full text-center sm:inline-block sm:w-auto' : null, className].filter(Boolean).join(' ');
}

type Look = { variant?: ButtonVariant; size?: ButtonSize; /** full width on phones */ block?: boolean };

export function Button({ variant, size, block, className, type = 'submit', ...rest }: Look & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={buttonClass({ variant, size, block, className })} {...rest} />;
}

/** A link that looks like a button (for "another contact", "download" and the like). */
export function ButtonLink({ variant, size, block, className, ...rest }: Look & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={buttonClass({ variant, size, block, className: `${variant === 'link' ? '' : 'inline-block'} ${className ?? ''}`.trim() })} {...rest} />;
}

/** The submit button of a form: disabled while the action runs, with an optional busy label. */
export function SubmitButton({ pending, label, pendingLabel, size = 'large', block = true, className }: { pending: boolean; label: string; pendingLabel?: string; size?: ButtonSize; block?: boolean; className?: string }) {
  return (
    <Button type="submit" size={size} block={block} disabled={pending} aria-disabled={pending} className={className}>
      {pending && pendingLabel ? pendingLabel : label}
    </Button>
  );
}
