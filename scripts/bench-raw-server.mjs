// The bare server of the sign-up benchmark (scripts/bench-signup.ts): node:http and postgres.js,
// nothing else. Reads the same form post the app gets (URL-encoded, as the form is sent without
// JavaScript, or multipart), inserts the lead row, answers 303.
// Usage: node scripts/bench-raw-server.mjs <port> <database url> <pool size>
import { createServer } from 'node:http';
import postgres from 'postgres';

const [port, url, pool] = process.argv.slice(2);
const db = postgres(url, { max: Number(pool), onnotice: () => {} });
const server = createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const form = await new Request('http://raw/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) }).formData();
    const f = (k) => String(form.get(k) ?? '');
    await db`
      INSERT INTO leads (name, phone, preferred_language, neighbourhood_id, for_whom, source, channel, consent_at, consent_version)
      VALUES (${f('name')}, ${'+31' + f('phone').replace(/\D/g, '').slice(1)}, ${f('language')},
              (SELECT id FROM neighbourhoods WHERE code = ${f('neighbourhood')}), ${f('forWhom')}, 'public', 'public', now(), 'bench')`;
    res.writeHead(303, { location: '/bedankt' }).end();
  } catch (e) {
    console.error(e);
    res.writeHead(500).end();
  }
});
server.listen(Number(port), () => console.log('ready'));
