// Text that others read — titles, file names, staff reasons — refuses the invisible
// characters that reorder or hide what is shown (a bidi override turns
// 'logo\u202egnp.exe' into 'logoexe.png' on screen), as display names and messages do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { staffMember } from '../../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const SPOOFS = ['\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\u0007'];
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function upload(c: TestClient, filename: string) {
  const boundary = '----yorozu-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.request({
    method: 'POST',
    url: '/api/v1/attachments',
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const fieldError = (res: { statusCode: number; json(): { errors?: { pointer: string; code: string }[] } }) => ({
  status: res.statusCode,
  errors: res.json().errors?.map((e) => `${e.pointer} ${e.code}`),
});

describe('invisible and reordering characters', () => {
  it('are refused in competition entry titles, and nothing is stored', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = await postPaidJob(client.client, competitionInput(t));
    for (const c of SPOOFS) {
      const res = await worker.client.post(`/api/v1/jobs/${job.id}/entries`, { title: `logo${c}gnp.exe`, description: '' });
      expect(fieldError(res)).toEqual({ status: 400, errors: ['/title control-characters'] });
    }
    expect((await client.client.get(`/api/v1/jobs/${job.id}/entries`)).json().items).toEqual([]);
    const fine = await worker.client.post(`/api/v1/jobs/${job.id}/entries`, { title: 'ロゴ案 A', description: '' });
    expect(fine.statusCode).toBe(201);
  });

  it('are refused in job titles', async () => {
    const client = await loggedInUser(t);
    const res = await client.client.post('/api/v1/jobs', jobInput(t, { title: '記事作成\u202eの依頼です' }));
    expect(fieldError(res)).toEqual({ status: 400, errors: ['/title control-characters'] });
  });

  it('are refused in upload file names', async () => {
    const { client } = await loggedInUser(t);
    for (const c of SPOOFS) {
      const res = await upload(client, `logo${c}gnp.png`);
      expect(fieldError(res)).toEqual({ status: 400, errors: ['/file control-characters'] });
    }
    expect(await t.database.db.selectFrom('attachments').select('id').execute()).toEqual([]);
    expect((await upload(client, 'ロゴ案.png')).statusCode).toBe(201);
  });

  it('are refused in staff reasons', async () => {
    const finance = await staffMember(t, 'finance');
    const id = '00000000-0000-4000-8000-000000000000';
    const res = await finance.client.post(`/api/v1/staff/payouts/${id}/fail`, { reason: '口座\u202e解約' });
    expect(fieldError(res)).toEqual({ status: 400, errors: ['/reason control-characters'] });
  });
});
