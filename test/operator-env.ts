// A complete operator identity, as production must be given it (tests only).
export const OPERATOR = {
  OPERATOR_NAME: '株式会社テスト運営',
  OPERATOR_REPRESENTATIVE: '代表取締役 佐藤 花子',
  OPERATOR_POSTAL_CODE: '150-0002',
  OPERATOR_ADDRESS: '東京都渋谷区渋谷2-1-1',
  OPERATOR_PHONE: '03-1234-5678',
  OPERATOR_EMAIL: 'support@example.jp',
  OPERATOR_HOURS: '平日 9:00〜17:00',
  OPERATOR_INVOICE_NUMBER: 'T7000012050002',
};
