// ZENGIN_REQUESTER_NAME (委託者名) is written into every transfer file as it is: a value
// the file cannot hold stops the server at start, naming the setting and the characters,
// instead of failing every download on payday or going into the file.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const load = (name: string) =>
  loadConfig({ NODE_ENV: 'test', YOROZU_SECRET: 'x'.repeat(32), YOROZU_DATA_DIR: './data-test', ZENGIN_REQUESTER_NAME: name });

describe('ZENGIN_REQUESTER_NAME', () => {
  it.each(['ﾖﾛｽﾞ(ｶ', 'ｶ)ﾖﾛｽﾞ', 'YOROZU KK', 'ﾖﾛｽﾞ-123 ｼﾞﾑｷﾖｸ'])('accepts %j', (name) => {
    expect(load(name).zengin.requesterName).toBe(name);
  });

  it.each([
    ['よろず株式会社', /ZENGIN_REQUESTER_NAME: .*"よ".*"株"/],
    ['Yorozu Inc.', /ZENGIN_REQUESTER_NAME: .*"o".*written as the file needs it: "YOROZU INC."/],
    ['ｮﾛｽﾞｰ~!', /ZENGIN_REQUESTER_NAME: .*"ｮ", "ｰ", "~", "!"/],
    ['ヨロズ（カ', /ZENGIN_REQUESTER_NAME: .*written as the file needs it: "ﾖﾛｽﾞ\(ｶ"/],
    ['ｱﾞｲ', /ZENGIN_REQUESTER_NAME: .*voiced mark.*"ｱﾞ"/],
  ])('refuses %j at start', (name, message) => {
    expect(() => load(name)).toThrow(ConfigError);
    expect(() => load(name)).toThrow(message);
  });
});
