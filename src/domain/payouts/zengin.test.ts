// The file is checked against one built by hand, field by field, with every padding
// written out; then the encoding and the refusals.
import { describe, expect, it } from 'vitest';
import { RECORD_BYTES, type TransferHeader, type TransferRecord, ZenginFormatError, zenginTransferFile } from './zengin';

const header: TransferHeader = {
  requesterCode: '1234567890',
  requesterName: 'ｶ)ﾖﾛｽﾞ',
  transferDate: '2026-04-30',
  bankCode: '0005',
  // As the bank list's kana becomes in the file: ｰ as -, small kana written large.
  bankName: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ',
  branchCode: '001',
  branchName: 'ﾎﾝﾃﾝ',
  accountType: 'ordinary',
  accountNumber: '1234567',
};

const transfers: TransferRecord[] = [
  {
    bankCode: '0001',
    bankName: 'ﾐｽﾞﾎ',
    branchCode: '100',
    branchName: 'ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ',
    accountType: 'ordinary',
    accountNumber: '7654321',
    holderName: 'ｻﾄｳ ﾊﾅｺ',
    amount: 8580,
    customerCode: '42',
  },
  {
    bankCode: '9900',
    bankName: 'ﾕｳﾁﾖ',
    branchCode: '019',
    branchName: '019',
    accountType: 'savings',
    accountNumber: '0012345',
    holderName: 'ｽｽﾞｷ ｲﾁﾛｳ',
    amount: 1200000,
    customerCode: '43',
  },
];

// Hand-built: each field written out with its padding (spaces shown as they are).
const HEADER =
  '1' +
  '21' +
  '0' +
  '1234567890' +
  'ｶ)ﾖﾛｽﾞ' +
  ' '.repeat(34) +
  '0430' +
  '0005' +
  'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ' +
  '  ' +
  '001' +
  'ﾎﾝﾃﾝ' +
  ' '.repeat(11) +
  '1' +
  '1234567' +
  ' '.repeat(17);
const DATA1 =
  '2' +
  '0001' +
  'ﾐｽﾞﾎ' +
  ' '.repeat(11) +
  '100' +
  'ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ' +
  '  ' +
  '0000' + // 手形交換所番号: zeros when not used
  '1' +
  '7654321' +
  'ｻﾄｳ ﾊﾅｺ' +
  ' '.repeat(23) +
  '0000008580' +
  '0' +
  '0000000042' +
  ' '.repeat(10) +
  '7' + // 振込指定区分: テレ振込
  ' ' +
  ' '.repeat(7);
const DATA2 =
  '2' +
  '9900' +
  'ﾕｳﾁﾖ' +
  ' '.repeat(11) +
  '019' +
  '019' +
  ' '.repeat(12) +
  '0000' +
  '4' +
  '0012345' +
  'ｽｽﾞｷ ｲﾁﾛｳ' +
  ' '.repeat(21) +
  '0001200000' +
  '0' +
  '0000000043' +
  ' '.repeat(10) +
  '7' +
  ' ' +
  ' '.repeat(7);
const TRAILER = `8000002000001208580${' '.repeat(101)}`;
const END = `9${' '.repeat(119)}`;

function sjis(s: string): number[] {
  return [...s].map((c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff61 ? code - 0xff61 + 0xa1 : code;
  });
}

describe('Zengin 総合振込 file', () => {
  it('matches the hand-built file byte for byte', () => {
    for (const r of [HEADER, DATA1, DATA2, TRAILER, END]) expect([...r].length).toBe(RECORD_BYTES);
    const expected = Uint8Array.from([HEADER, DATA1, DATA2, TRAILER, END].flatMap((r) => [...sjis(r), 0x0d, 0x0a]));
    const file = zenginTransferFile(header, transfers);
    expect(Buffer.from(file).equals(Buffer.from(expected))).toBe(true);
    expect(file.length).toBe(5 * 122);
  });

  it('is byte-identical when generated twice', () => {
    expect(Buffer.from(zenginTransferFile(header, transfers)).equals(Buffer.from(zenginTransferFile(header, transfers)))).toBe(
      true,
    );
  });

  it('puts every field at its position', () => {
    const file = zenginTransferFile(header, transfers);
    const data = Buffer.from(file.subarray(122, 242));
    expect(data.subarray(0, 1).toString('latin1')).toBe('2');
    expect(data.subarray(1, 5).toString('latin1')).toBe('0001'); // bank code at 2–5
    expect(data.subarray(20, 23).toString('latin1')).toBe('100'); // branch code at 21–23
    expect(data.subarray(42, 43).toString('latin1')).toBe('1'); // account type at 43
    expect(data.subarray(43, 50).toString('latin1')).toBe('7654321'); // account number at 44–50
    expect(data.subarray(80, 90).toString('latin1')).toBe('0000008580'); // amount at 81–90
    expect(data[0x2f + 3]).toBe(0xbb); // ｻ of the holder name at 51
    expect(data.subarray(38, 42).toString('latin1')).toBe('0000'); // 手形交換所番号 at 39–42
    expect(data.subarray(111, 112).toString('latin1')).toBe('7'); // 振込指定区分 at 112
  });

  it('refuses characters and values the format cannot hold', () => {
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, holderName: '佐藤' }])).toThrow(ZenginFormatError);
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, amount: 0 }])).toThrow(ZenginFormatError);
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, amount: 10_000_000_000 }])).toThrow(/does not fit/);
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, accountNumber: '12-3456' }])).toThrow(/not a number/);
  });

  it('writes only the characters the format allows in its text fields', () => {
    // Lower case, ｰ, ~ and ! went into the file; small kana too.
    for (const requesterName of ['Yorozu Inc.', 'ｮﾛｽﾞｰ~!', 'ﾖﾛｽﾞｰ', 'ｶ)ﾖﾛｽ~', 'よろず株式会社']) {
      expect(() => zenginTransferFile({ ...header, requesterName }, transfers)).toThrow(ZenginFormatError);
    }
    // A voiced mark on a kana that cannot carry it, or on nothing.
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, holderName: 'ｱﾞｲ' }])).toThrow(/受取人名/);
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, holderName: 'ﾞｱｲ' }])).toThrow(ZenginFormatError);
    expect(() => zenginTransferFile(header, [{ ...transfers[0]!, holderName: 'ﾊﾟﾝ ｳﾞｲｵﾗ' }])).not.toThrow();
  });
});
