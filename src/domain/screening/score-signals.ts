// The weak signals the scoring layer (score.ts) adds up, as data. Nearly none of them is enough to
// hold a message on its own — each appears in ordinary talk about work — but several together
// are how people point at a way to reach them or to pay outside when they avoid writing it out:
// 「緑のアプリで、ID kazu.cook で検索してください」 is a channel hint, an id-like token and an
// instruction to look it up. Patterns run on the screening text (normalise.ts: lower case,
// katakana for all kana, digits for numerals, one space for white space); write kana in
// hiragana, they are folded when compiled. Each signal counts once, however often it appears.
//
// Weights: 1 for a word that is common in legitimate talk (a channel's name, a verb of
// contacting, a pointer to a profile or an image), 1.5 for a word that mostly appears when
// leaving the platform is being discussed (直接, 別ルート, 振込, another marketplace), 2 for a
// form that is nearly always a contact detail or a bypass in disguise (an id-like token, a
// phone-length run of digits, a domain without its scheme, キャンセル扱いにして…別で), and 3
// (the threshold) only for whole shapes no rule reads but nobody writes by chance: a mobile
// number with letters for zeros or written backwards, a mail address spaced out letter by
// letter, a phone prefix spelled in words followed by digits. A group adds at most its cap
// (score.ts), so one kind of hint named three ways is still one hint.
// Negative signals (−2 each) are on-platform words, refusals and topics of the work itself
// (a form's phone field, a LINE official account to run): talk about the rules or the job,
// not a breach.

export type SignalGroup =
  | 'channel'
  | 'id'
  | 'number'
  | 'address'
  | 'pointer'
  | 'payment'
  | 'move'
  | 'bypass'
  | 'elsewhere'
  | 'ask';

export interface Signal {
  id: string;
  /** What the signal points at: the finding's rule is chosen from the strongest group present. */
  group: SignalGroup;
  weight: number;
  pattern: string;
}

/** Not inside a Latin word. */
const L = '(?<![a-z0-9_#/])';
const R = '(?![a-z0-9_])';

export const SIGNALS: readonly Signal[] = [
  // A messenger, network or way of reaching someone, named or hinted at.
  {
    id: 'channel',
    group: 'channel',
    weight: 1,
    pattern: `${L}x(?=の|で|は|に|か|や|と|\\(|あか|垢)|${L}(?:line|dm|sns|gmail|yahoo|skype|zoom|teams|slack|discord|telegram|chatwork|facebook|instagram|insta|twitter|messenger|youtube|qq|wechat|kakao|mail)${R}|らいん|(?<!おん|がいど|へっど|でっど|あうと|たいむ|べーす|すたーと|ぼーだー)らいん(?!なっぷ|あっぷ|上|引き|まーかー|を引)|連絡先|連絡手段|連絡方法|${L}id${R}|あいでぃ|(?<![a-z])垢|めーるあどれす|電話番号|携帯番号|qr${R}|(?:弊社|当社|うち|私|自分|僕|ぼく|自社|当店)の(?:さいと|hp|ほーむぺーじ|しょっぷ|ぶろぐ)|通話|連絡(?:を)?(?:とれる|取れる|取り合える)|手段|宛(?:に|て)|めーる|めあど|あどれす|じーめーる|やふー|どこも|電話|でんわ|携帯|いんすた|ついったー|つい垢|すかいぷ|ずーむ|でぃすこ|てれぐらむ|ちゃっとわーく|ふぇいすぶっく|めっせんじゃー|あめぶろ|ぶろぐ|ほーむぺーじ|hp${R}|ほむぺ|えるあいえぬ|えっくす(?=で|の|は|に|\\()`,
  },
  {
    id: 'channel-hint',
    group: 'channel',
    weight: 2,
    pattern:
      '(?:緑|みどり|青い|あおい)(?:色)?の(?:あぷり|やつ|あいこん|めっせーじ|鳥)|鳥の(?:まーく|あいこん|あぷり)|めっせーじあぷり|いつもの(?:あぷり|sns)|(?:どの|同じ|ほかの|他の)sns|(?:◯|○|〇)ine|(?:連絡|やりとり|やり取り)(?:用|する)?の(?:あぷり|つーる)|別の(?:つーる|あぷり)|いつもの(?:ところ|とこ|場所)',
  },
  // An invitation to write to an account (DMください, 友だち追加), or naming an account as one's own.
  {
    id: 'account-invite',
    group: 'channel',
    weight: 2,
    pattern:
      'dm(?:ください|くだ さい|して(?:ね|ください)|お待ち|でも(?:ご)?(?:依頼|相談|連絡|受け))|友(?:だち|達)追加(?:で|して|お願い|お待ち|よろしく)|(?:私|僕|ぼく|自分|わたし|俺)の(?:いんすた|instagram|line|らいん|x|ついったー|twitter|tiktok|ちゃっとわーく|でぃすこ|めあど|連絡先)(?:です|だよ|になり|なので|なん)',
  },
  // A contact written somewhere named: 「書いてある方法でご連絡」「前回と同じ方法でご連絡」.
  {
    id: 'written-contact',
    group: 'channel',
    weight: 2,
    pattern:
      '(?:書いてある|書いた|記載の|記載した|載せてある)(?:連絡先|連絡方法|あどれす|方法で(?:ご)?連絡)|連絡(?:は|を)?.{0,10}(?:書いてある|記載の|記載した)(?:方法|手段|ところ)|前回と同じ(?:方法|手段)で(?:ご)?連絡',
  },
  // A verb of reaching someone or being reached.
  {
    id: 'contact-verb',
    group: 'ask',
    weight: 1,
    pattern:
      '連絡(?!先)|やり ?とり|やり取り|相談|話(?:し|そう|せ)|送っ?て|送り(?:ます|先)|教え|検索|追加|探し|探して|見つけ|登録|招待|共有|かけ(?:て|ます)|問い合わせ|繋が|つなが|dm(?:して|くだ|で|を|ください)|届く|ひっと|出てき',
  },
  // Two channels offered as a choice: 「Xかインスタどっちか」「スカイプとかラインとか」.
  {
    id: 'channel-choice',
    group: 'channel',
    weight: 2,
    pattern:
      '(?:line|らいん|skype|すかいぷ|x|いんすた|instagram|ついったー|twitter|facebook|ふぇいすぶっく|discord|でぃすこ|zoom|ずーむ|chatwork|ちゃっとわーく|telegram|てれぐらむ|めーる|電話|gmail|slack|teams)(?:か|とか|や|or| ?\\/ ?|、)(?:line|らいん|skype|すかいぷ|x|いんすた|instagram|ついったー|twitter|facebook|ふぇいすぶっく|discord|でぃすこ|zoom|ずーむ|chatwork|ちゃっとわーく|telegram|てれぐらむ|めーる|電話|gmail|slack|teams)',
  },
  // Asking for someone's address, number or id.
  {
    id: 'ask-contact',
    group: 'channel',
    weight: 2,
    pattern:
      '(?:送り先|送付先|招待先|めーる|あどれす|めあど|連絡先|電話番号|携帯番号|番号|id|あかうんと)(?:を|は|も)?(?:めっせーじに|ここに|こちらに)?(?:教えて|お?知らせ|ご?共有(?:して|くだ|いただ|お願)|ご?登録(?:して|くだ|いただ)|添えて|書いて(?:いただ|くだ|もら))',
  },
  // Leaving the platform, or talking away from it.
  {
    id: 'move',
    group: 'move',
    weight: 1.5,
    pattern:
      '直接(?!の原因|的|使|触|編集|修正|入力|書き|貼|きゃんせる)|直で|ちょくとり|直取引|(?<!海|以|案|社|屋|対|野|郊|例|意|論|県|国|枠|規格|想定|範囲)外で(?=やり|取引|契約|連絡|話|お?願い|進め|払|受け|会)|外部で|さいと外|このさいと外|さいと抜き|抜きで|通さず|通さない|通さなくて|こっちで|そっちで|個人的に|個人宛|個人の(?:ほう|方)|個人で(?:受け|承)|別るーと|別の方法|個別に|見られて(?:ない|いない)|ここ以外|(?:そちら|そっち|あちら)の(?:ほう|方)が|間に入って|ほかの場所|他の場所|(?:に|へ)移(?:り|っ|ろ|動)|移行|(?:ほーむぺーじ|さいと|hp|お店|店舗|ぶろぐ|しょっぷ)の(?:方|ほう)(?:から|で|に)|(?:使い|移り|切り替え|変え)ませんか|そちらで(?:購入|予約|注文|ご?依頼|契約)|そっち(?:から|で)(?:購入|予約|注文|依頼|申し込)|(?:他|ほか)のさいと(?:で|に|から)|さいとを通すより',
  },
  // A token that looks like a handle: letters with digits, an underscore or a dot, or a leading @.
  {
    id: 'id-token',
    group: 'id',
    weight: 2,
    pattern: `${L}@ ?[a-z0-9]*[_.0-9][a-z0-9_.]*|${L}[0-9]+_[a-z][a-z0-9_.]*|${L}[a-z][a-z0-9]* [_.] [a-z0-9]+${R}|${L}(?!v[0-9]|shift_jis|euc_jp|www|isbn|inv|no|po|ver|rev|sku|jan|asin)[a-z][a-z0-9]*[_.][a-z0-9_.]*[a-z0-9]${R}(?<!\\.(?:js|py|ts|rb|md|png|jpe?g|gif|pdf|ai|psd|zip|docx?|xlsx?|pptx?|csv|txt|json|html?|mp[34]|m4a|wav|mov|gs|lock|svg))|${L}(?!isbn|inv|ver|rev|sku|jan|asin)[a-z]{3,}[0-9]{2,}${R}`,
  },
  // A handle labelled with its channel (ＬＩＮＥ／mitsu_0521, ぺいぺいID→ たけし_0802), or written in
  // kana around an underscore, which ordinary Japanese text never has (さくら_ちゃん03).
  {
    id: 'labelled-handle',
    group: 'id',
    weight: 2,
    pattern: `${L}(?:line|instagram|insta|skype|discord|chatwork|telegram|paypay|tiktok|らいん|えるあいえぬいー|いんすた|ちゃっとわーく|すかいぷ|でぃすこ|てれぐらむ|ぺいぺい)(?: ?id)? ?[:/→] ?[a-zぁ-んー][a-zぁ-んー0-9]*(?:[_.][a-zぁ-んー0-9_.]+|[0-9]{2,})|[ぁ-んー]{2,} ?_ ?[ぁ-んー0-9a-z]+`,
  },
  // A handle spelled symbol by symbol: 「アットまーく、ごろう」, 「s」「a」「e」「k」「o」.
  {
    id: 'spelled-handle',
    group: 'id',
    weight: 2,
    pattern: '(?:あっとまーく|あんだーばー|あんだーすこあ)[、, ]*[ぁ-んa-z]|(?:「[a-z0-9_.]」 ?){4,}',
  },
  // How a disguised detail is spelled out.
  {
    id: 'spelling',
    group: 'id',
    weight: 1.5,
    pattern:
      'あんだーばー|あんだーすこあ|あっとまーく|あっと(?:ま|\\+)|(?<![a-z])at(?![a-z])|(?<![a-z])dot(?![a-z])|どっと(?!絵)|ろーま字|逆から|後ろから|(?:後ろ|前|頭|最後|先頭)に.{0,16}(?:つけ|付け|足し|くっつけ)|頭文字|くっつけ|つなげ|繋げ|消して|ひらがなで|かたかなで|ひんと|数字は半角|全部小文字|すべて小文字',
  },
  // The handle is one the reader already knows: 「ユーザー名と同じです」.
  {
    id: 'same-name',
    group: 'id',
    weight: 2,
    pattern:
      '(?:名前|ねーむ|ゆーざー ?名|ゆーざーねーむ|あかうんと名|表示名|id|屋号|店名)(?:と|で)(?:同じ|一緒)(?!の)|同じ名前(?:で|です|にして)|(?:名前|ねーむ)の?ろーま字(?:\\+|と|に)|(?:名前|ねーむ|ゆーざー ?名|表示名)\\+',
  },
  // Digits spelled in kana, three or more in a row: 「まるはちまる」「れーはちれー」.
  {
    id: 'kana-digits',
    group: 'number',
    weight: 2,
    pattern:
      '(?:(?:ぜろ|れい|れー|まる|いち|にー|さん|よん|ごー|ろく|なな|はち|きゅう|きゅー)[・、 ]?){3,}|(?:zero|ichi|hachi|kyu|nana|san|yon|roku)-(?:zero|ichi|ni|san|yon|go|roku|nana|hachi|kyu)',
  },
  // Digits read out one by one between commas: 「いち、に、さん」.
  {
    id: 'read-digits',
    group: 'number',
    weight: 2,
    pattern:
      '(?:いち|に|さん|よん|ご|ろく|なな|はち|きゅう|ぜろ)(?:、(?:いち|に|さん|よん|し|ご|ろく|なな|はち|きゅう|ぜろ|れい)){2,}(?![ぁ-ん])',
  },
  // A bank account number next to its branch or account type.
  {
    id: 'account-number',
    group: 'number',
    weight: 2,
    pattern: '(?:普通|ふつう|当座)(?:預金)?[、 ]?[0-9]{7}(?![0-9])|支店.{0,12}[0-9]{7}(?![0-9])',
  },
  // A handle given in pieces to put together: 「kiwi」+「fruits」+「2」.
  {
    id: 'parts',
    group: 'id',
    weight: 2,
    pattern: `「[a-z0-9_.]+」 ?\\+ ?「[a-z0-9_.]+」|${L}[a-z]+ (?:\\+|と) [0-9]{2,}${R}`,
  },
  // A whole phone number or address in a shape no rule reads (letters for zeros, spaced, reversed): nearly certain alone.
  {
    id: 'contact-shape',
    group: 'number',
    weight: 3,
    pattern:
      '(?:(?:ぜろ|れい|れー|まる|zero)[ \\-]?(?:はち|きゅう|きゅー|なな|hachi|kyu|nana)[ \\-]?(?:ぜろ|れい|れー|まる|zero))[、・ \\-]{0,2}(?:[0-9]{3}|no)|(?<![0-9a-z])[0o][5789][0o][ \\-]?[0-9]{4}[ \\-]?[0-9]{4}(?![0-9])|(?<![0-9])[0-9]{4}-[0-9]{4}-0[5789]0(?![0-9])',
  },
  {
    id: 'mail-shape',
    group: 'address',
    weight: 3,
    pattern: `${L}[a-z0-9][a-z0-9._\\-]* ?@ ?[a-z0-9][a-z0-9\\-]*(?: ?[.\\-] ?[a-z0-9]+)* ?\\. ?(?:com|jp|net|org)${R}|(?:meet ?\\. ?google ?\\. ?com|zoom ?\\. ?us|line ?\\. ?me|discord ?\\. ?gg) ?\\/`,
  },
  // Digits as long as a phone number or a meeting id, in any spacing.
  {
    id: 'digits',
    group: 'number',
    weight: 2,
    pattern:
      '(?<![0-9.,/:\\-])(?![0o][0-9o]?[ \\-]?0000)[0o][0-9o](?:[ \\-・、,/()]{0,3}[0-9o]){7,10}(?![0-9])(?! ?(?:円|万|件|個|人|回|点))',
  },
  {
    id: 'digit-prefix',
    group: 'number',
    weight: 1.5,
    pattern: '(?<![0-9\\-])0[5789]0(?![0-9]|-0000)',
  },
  {
    id: 'long-digits',
    group: 'number',
    weight: 2,
    pattern:
      '(?<![0-9.,])[1-9](?:(?:[ \\-・、,/]|と|の){0,3}[0-9]){8,10}(?![0-9])(?! ?(?:円|万|件|個|人|回|点|年|月|日|時|分|秒|部|枚))',
  },
  // A site or mail domain without its scheme, or said in words.
  {
    id: 'domain',
    group: 'address',
    weight: 2,
    pattern: `${L}[a-z0-9][a-z0-9\\-]{1,30} ?\\. ?(?:com|jp|net|org|io|me|ee|at|co|info|biz|link)${R}|(?:やふー|どこも|じー|ぐーぐる|gmail|yahoo|docomo|の)の?どめいん|どめいんは|@ ?(?:[a-z]|じー|やふー|どこも)(?![a-z0-9.])|(?:じー|やふー|どこも)(?:めーる|のどめいん)|ぐーぐるのめーる`,
  },
  // Somewhere else the detail is written.
  {
    id: 'pointer',
    group: 'pointer',
    weight: 1,
    pattern:
      'ぷろふぃーる|ぷろふ|画像|写真|名刺|readme|へっだー|てろっぷ|自己紹介|屋号|ふるねーむ|はいらいと|ふったー|評価の?欄|外部りんく|ぽーとふぉりお|うぉーたーまーく|(?:動画|画像|写真)の(?:最後|右下|左下|隅|端)',
  },
  {
    id: 'placement',
    group: 'pointer',
    weight: 1,
    pattern:
      '(?:書いて|入れて|載って|載せて|印刷して|隠して|貼って|記載して)(?:あり|ある|おき|います|いる|ます)|映(?:る|って|ります)|一時停止|(?:名前|屋号|店名|ふるねーむ|ゆーざー名)で検索|で検索(?:して|すると|したら)|検索(?:すると|したら)',
  },
  // Paying outside, or a reason to.
  {
    id: 'payment',
    group: 'payment',
    weight: 1.5,
    pattern: `振込|振り込|振替|銀行|口座|${L}pay ?pay|ぺいぺい|paypal|現金|手渡し|請求書|ぎふと|あまぎふ|図書かーど|商品券|欲しいものりすと|決済りんく|(?:お?支払い?|お代|払)(?:は|も)?(?:別|そのとき|当日|直接|こっち|あと)|別で(?:お)?支払|こっちで払|払いますんで`,
  },
  {
    id: 'cheaper',
    group: 'payment',
    weight: 1.5,
    pattern: '手数料|利用料|安く|値引|割引|1割|お得|得です|手取り|高くなって|価格が上がって|もったいない|二重に',
  },
  {
    id: 'bypass',
    group: 'bypass',
    weight: 2,
    pattern:
      '(?<!直接)きゃんせる(?:扱い|して(?:いただいて|もらって))|形だけ|仮払い(?:は|を)?(?:しない|せず|なし|面倒)|仮払いの手続きが面倒|決済(?:は|を)使わず|個別契約|別途契約|個別に(?:ご)?請求|さいと(?:を|は)?(?:通さ|介さ)|さーびすを介さ|外で契約|契約は形|決済(?:は|も)?(?:不要|なし|使わず|通さず)|(?:振込|振り込み|現金|手渡し|paypay|ぺいぺい|paypal)(?:に|で)(?:しませんか|しましょう|変え|切り替え)|金額に(?:は)?含めない|見られて(?:ない|いない)|さいと抜き|抜きで|さいと外で(?:しか|の方が|した方が|やった方が)|(?:契約|取引)(?:を|は)?(?:こちらで|弊社と|私と|個人で)?直接(?:結|交わ|させ|お願い|できれば)|(?:弊社|当社|自社|私|うち)の(?:さいと|hp|ほーむぺーじ|しょっぷ)(?:で|から)(?:正式に|直接)?(?:ご)?(?:発注|注文|購入|依頼|契約|申し込)|ここ(?:じゃ|では|には)書けない(?:決まり|あれ|もの)|書けない決まり|運営に(?:消さ|ばれ|見つか)|消されるので',
  },
  {
    id: 'marketplace',
    group: 'elsewhere',
    weight: 1.5,
    pattern: `らんさーず|${L}lancers${R}|ここなら|くらうどわーくす|${L}skeb${R}|すとあか|${L}minne${R}|${L}creema${R}|くりーま|${L}wantedly${R}|${L}github${R}|${L}backlog${R}|めるかり`,
  },
  {
    id: 'request',
    group: 'ask',
    weight: 1,
    pattern:
      '教えて(?:く|も|い)|共有(?:して|くだ|いただ)|ご?登録(?:いただ|くだ|して)|添えて|持ってます|やってます|何がいい|どちらがいい|どっちか|見てみて|そちらへ|そっちに|そちらから',
  },
];

/** On-platform words and refusals: the message talks about the rules or stays here. */
export const NEGATIVE_SIGNALS: readonly { id: string; weight: number; pattern: string }[] = [
  {
    id: 'on-platform',
    weight: -2,
    pattern:
      'まいぺーじ|振込申請|報酬受取|決済画面|さいと(?:の|から)(?:請求書|決済|めっせーじ|ふぁいる|機能|仕組み)(?!(?:は|を)?(?:使わ|通さ))|(?<!(?:弊社|当社|自社|私|うち)の)さいとから|このさいと(?!外|抜き|を?通さ|は通さ|の(?:ゆーざー ?名|名前))|めっせーじ機能(?:で|から|を(?:使|通)|上)|このさいと(?:内|上|の中|の「)|さいと内|本さーびす|さーびす上で|さーびす内|ここのめっせーじ|このめっせーじ(?:で|上)|取引めっせーじ|仮払い(?!(?:は|を)?(?:しない|せず|なし|面倒)|の手続きが面倒)|指名依頼|ここで(?:やりとり|やり取り|お願い|続け)',
  },
  {
    id: 'refusal',
    weight: -2,
    pattern:
      '規約(?!の(?:こと|件)は(?:分か|わか|承知))|禁止|違反|(?<!しか[^。、]{0,6})できません(?!か)|しません(?!か)|お断り|ご遠慮|断り|断ら|断られ|持ちかけ|気をつけ|(?<!一時)停止|対象になる',
  },
  {
    id: 'work-topic',
    weight: -2,
    pattern:
      '(?:注文|管理|受付|請求書|契約|会員|発注|登録|追跡|とらっきんぐ|商品|型|品|伝票|予約|社員|案件)(?:番号|id)|という(?:文言|文|一文|表記|案内)|文言|りーる|透かし|入力(?:ちぇっく|規則|制限)|正規表現|検索結果|一覧|表示したい|変数|関数|ぶらんち|りぽじとり|こみっと|はっしゅたぐ|ろぐいん|ぱすわーど|(?:てすと|検証|本番|開発)環境|管理画面|在庫|isbn|公式|運用|導線|りっちめにゅー|お客様|顧客|すたんぷ|投稿|bot|ぼっと|連携|api|ぷれーすほるだー|入力例|だみー|てすと用|形式|表記|(?:番号|あどれす|備考|入力|こめんと)欄|統一|掲載|差し込|置き換え|文字起こし|要約|図解|書評|でざいん|制作|作成|記事|ばりでーしょん|(?<!文字)列|ふぉーむ(?!の?りんく)|実装|ぼたん|でーたべーす|項目|入力欄|ひな形|てんぷれ|ですくりぷしょん|翻訳(?:対象|して)|製品|くらいあんと|ひあべー|ぴーあーる',
  },
  // Taking a contact out of the work (画像から電話番号を消して再納品します) is keeping the rules.
  {
    id: 'removal',
    weight: -2,
    pattern: '(?:を|から)(?:消して|削除して|消し|伏せ|外して)(?:再|おき|修正|ました|います)|記載されたまま',
  },
];

/** A message is held when its score reaches this: at least two signals, one of them strong. */
export const THRESHOLD = 3;
