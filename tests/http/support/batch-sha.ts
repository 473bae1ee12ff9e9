// Child process for the batch determinism test: POST the batch given as argv[2] (a JSON array)
// to /v1/batches/rfa?format=docx and print the SHA-256 of the ZIP. Run with TZ set by the test.
import { createHash } from 'node:crypto';
import supertest from 'supertest';
import { createApp } from '../../../src/http/app.js';

const res = await supertest(createApp())
  .post('/v1/batches/rfa?format=docx')
  .send(JSON.parse(process.argv[2]!))
  .buffer(true)
  .parse((r, cb) => {
    const chunks: Buffer[] = [];
    const s = r as unknown as NodeJS.ReadableStream;
    s.on('data', (d: Buffer) => chunks.push(d));
    s.on('end', () => cb(null, Buffer.concat(chunks)));
  });
process.stdout.write(createHash('sha256').update(res.body as Buffer).digest('hex') + '\n');
