// The bank's bulk transfer file in the Zengin (全銀協) format, 総合振込: a header, one data
// record per transfer, a trailer and an end record, each 120 bytes, in Shift_JIS.
//
// Every field is ASCII or half-width katakana, which Shift_JIS encodes in one byte each
// (ASCII as itself, U+FF61–U+FF9F as 0xA1–0xDF), so the encoding is done here exactly,
// byte for byte, and the same input always gives the same bytes. Text fields hold only
// the characters the format allows (zenginTextProblems): no lower case, no small kana,
// no ｰ or ~, and a voiced mark only after a kana that can carry it.
import { zenginTextProblems } from './kana';

export const RECORD_BYTES = 120;

export type AccountType = 'ordinary' | 'current' | 'savings';
const ACCOUNT_TYPE_CODE: Record<AccountType, string> = { ordinary: '1', current: '2', savings: '4' };

export interface TransferHeader {
  /** 委託者コード: the client code the bank issued to the operator (10 digits). */
  requesterCode: string;
  /** 委託者名 in half-width katakana. */
  requesterName: string;
  /** 取組日: the transfer date. */
  transferDate: string; // YYYY-MM-DD
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: AccountType;
  accountNumber: string;
}

export interface TransferRecord {
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: AccountType;
  accountNumber: string;
  holderName: string;
  amount: number;
  /** 顧客コード1: our reference for the transfer (e.g. the payout request number). */
  customerCode: string;
}

export class ZenginFormatError extends Error {}

/** 振込指定区分: 7 = テレ振込 (electronic transfer; 8 would be 文書振込, by paper). */
const TRANSFER_KIND = 7;

function toByte(ch: string, field: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xff61 && code <= 0xff9f) return code - 0xff61 + 0xa1;
  throw new ZenginFormatError(`${field}: character ${JSON.stringify(ch)} cannot be written in a Zengin file`);
}

/** Left-aligned text, space-padded, cut to the width; refuses characters the format does not allow. */
function text(value: string, width: number, field: string): number[] {
  const { invalid, marks } = zenginTextProblems(value);
  const wrong = [...invalid, ...marks];
  if (wrong.length > 0) {
    throw new ZenginFormatError(`${field}: ${wrong.map((c) => JSON.stringify(c)).join(', ')} cannot be written in a Zengin file`);
  }
  const bytes = [...value].map((c) => toByte(c, field)).slice(0, width);
  while (bytes.length < width) bytes.push(0x20);
  return bytes;
}

/** Right-aligned number, zero-padded; refuses a value that does not fit. */
function digits(value: string | number, width: number, field: string): number[] {
  const s = String(value);
  if (!/^\d+$/.test(s)) throw new ZenginFormatError(`${field}: ${s} is not a number`);
  if (s.length > width) throw new ZenginFormatError(`${field}: ${s} does not fit in ${width} digits`);
  return [...s.padStart(width, '0')].map((c) => c.charCodeAt(0));
}

const blank = (width: number) => new Array<number>(width).fill(0x20);

function record(fields: number[][]): number[] {
  const bytes = fields.flat();
  if (bytes.length !== RECORD_BYTES) throw new Error(`record of ${bytes.length} bytes`);
  return bytes;
}

export function headerRecord(h: TransferHeader): number[] {
  return record([
    digits(1, 1, 'データ区分'),
    digits(21, 2, '種別コード'),
    digits(0, 1, 'コード区分'),
    digits(h.requesterCode, 10, '委託者コード'),
    text(h.requesterName, 40, '委託者名'),
    digits(h.transferDate.slice(5, 7) + h.transferDate.slice(8, 10), 4, '取組日'),
    digits(h.bankCode, 4, '仕向銀行番号'),
    text(h.bankName, 15, '仕向銀行名'),
    digits(h.branchCode, 3, '仕向支店番号'),
    text(h.branchName, 15, '仕向支店名'),
    digits(ACCOUNT_TYPE_CODE[h.accountType], 1, '預金種目'),
    digits(h.accountNumber, 7, '口座番号'),
    blank(17),
  ]);
}

export function dataRecord(t: TransferRecord): number[] {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0) throw new ZenginFormatError(`振込金額: ${t.amount}`);
  return record([
    digits(2, 1, 'データ区分'),
    digits(t.bankCode, 4, '被仕向銀行番号'),
    text(t.bankName, 15, '被仕向銀行名'),
    digits(t.branchCode, 3, '被仕向支店番号'),
    text(t.branchName, 15, '被仕向支店名'),
    // 手形交換所番号: a number field, all zeros when not used (clearing houses no longer
    // take part in transfers).
    digits(0, 4, '手形交換所番号'),
    digits(ACCOUNT_TYPE_CODE[t.accountType], 1, '預金種目'),
    digits(t.accountNumber, 7, '口座番号'),
    text(t.holderName, 30, '受取人名'),
    digits(t.amount, 10, '振込金額'),
    digits(0, 1, '新規コード'),
    digits(t.customerCode, 10, '顧客コード1'),
    blank(10), // 顧客コード2
    digits(TRANSFER_KIND, 1, '振込指定区分'),
    blank(1), // 識別表示
    blank(7),
  ]);
}

export function trailerRecord(count: number, total: number): number[] {
  return record([digits(8, 1, 'データ区分'), digits(count, 6, '合計件数'), digits(total, 12, '合計金額'), blank(101)]);
}

export function endRecord(): number[] {
  return record([digits(9, 1, 'データ区分'), blank(119)]);
}

/** The whole file; records are separated by CR LF, as most banks' upload screens accept. */
export function zenginTransferFile(header: TransferHeader, transfers: TransferRecord[]): Uint8Array {
  const total = transfers.reduce((sum, t) => sum + t.amount, 0);
  const records = [headerRecord(header), ...transfers.map(dataRecord), trailerRecord(transfers.length, total), endRecord()];
  return Uint8Array.from(records.flatMap((r) => [...r, 0x0d, 0x0a]));
}
