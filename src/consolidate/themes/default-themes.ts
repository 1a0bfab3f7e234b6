/**
 * The shipped theme table, written from the FY2022 CHECK / ACTION texts and what 自立支援協議会 commonly
 * discuss. Keywords are substrings of the folded text (see foldText: NFKC, lower case, no spaces, 障害);
 * a keyword that alone would catch ordinary words goes in `patterns` with its context instead.
 */
import { ThemeTableSchema, type ThemeInput, type ThemeTable } from './theme-table';

const THEMES: ThemeInput[] = [
  {
    id: 'collaboration',
    ja: '連携・情報共有',
    en: 'Collaboration and information sharing',
    // 「介護と障がいの連携が必要」「他課の情報を共有」「MLに追加…情報共有の漏れがないように」
    keywords: ['連携', '共有', '連絡会', 'ネットワーク', '顔の見える', '協働', '関係機関', '多職種', '横のつながり', '情報交換', '情報提供', '担当者会議', 'ケース会議'],
    patterns: ['(?<![a-z])ml(?![a-z])', 'メーリングリスト'],
  },
  {
    id: 'workforce',
    ja: '人材不足・育成',
    en: 'Staff shortage and development',
    // 「市内居宅ヘルパー不足の改善方法を検討する(人材育成と待遇面に課題)」
    keywords: ['人材', '人手', '担い手', '後継者', '離職', '待遇', '処遇', '育成', 'スキルアップ', '職員不足', 'なり手'],
    patterns: ['(ヘルパー|職員|支援員|相談員|相談支援専門員|従事者|スタッフ)(の|が)?(不足|確保|定着|減少|高齢化)'],
  },
  {
    id: 'housing',
    ja: '住まい・地域移行',
    en: 'Housing and transition to community life',
    // 「賃貸業者側の意見を聞きたい」「伊賀市の住居探しの事例」「グループホームから出るためのしくみづくり」
    keywords: ['賃貸', '住居', '住まい', '住宅', '不動産', '家探し', '部屋探し', 'グループホーム', '地域移行', '地域定着', '退院', '退所', '一人暮らし', 'ひとり暮らし', '居住', '地域包括ケア', '入居'],
    patterns: [],
  },
  {
    id: 'employment',
    ja: '就労・雇用',
    en: 'Work and employment',
    // 「集団面接会」「障害者雇用」「企業訪問カード」; マルシェ sells what the work-support 事業所 make (工賃).
    keywords: ['就労', '雇用', '就職', '採用', '面接会', '企業', '職場', '職務', 'ハローワーク', '工賃', 'しごと', '仕事', '業種', '実習', 'マルシェ', '販売', '売上', '受注'],
    patterns: [],
  },
  {
    id: 'training',
    ja: '研修・学習',
    en: 'Training and learning',
    // 「スキルアップ研修」「リモート研修会」「事例検討会の運営方法を学ぶ」
    keywords: ['研修', '勉強会', '講演', '講習', '講座', 'セミナー', '学習', '学ぶ', '学び', '事例検討', 'スキルアップ'],
    patterns: [],
  },
  {
    id: 'infection',
    ja: '感染症の影響',
    en: 'Effects of infectious disease',
    // 「コロナ下において今年度内1回開催が難しくなった」「新型コロナウイルス感染拡大の影響により」
    keywords: ['コロナ', '新型コロナ', '感染', 'ウイルス', '緊急事態', 'まん延', '蔓延', 'ワクチン', '濃厚接触', 'クラスター', '自粛'],
    patterns: [],
  },
  {
    id: 'system',
    ja: '制度・手続き',
    en: 'Systems and procedures',
    // 「計画案・計画書・モニタリング報告書の取扱い」「障がい者雇用助成制度」「法定雇用率」「介護移行」(65歳の壁)
    keywords: ['制度', '手続', '申請', '法改正', '改正', '法定', '法律', '差別解消法', '総合支援法', '計画書', 'モニタリング', '助成', '給付', '支給', '受給者証', '報酬', '加算', '介護保険', '介護移行', '様式', '書類'],
    patterns: [],
  },
  {
    id: 'resources',
    ja: '地域資源',
    en: 'Local resources',
    // 「地域資源データベース(Ayamuシステム)」「インフォーマル資源」「社会資源の現状」「支援方法が少ない」
    keywords: ['資源', 'インフォーマル', 'データベース', 'ガイドブック', '居場所', '受け皿', '拠点', '移動支援', '移動手段', '送迎', '交通', '短期入所', 'ショートステイ', '空き'],
    patterns: ['(支援方法|サービス|事業所|受け皿|選択肢)(が|は)?(少な|不足|足りな|ない)'],
  },
  {
    id: 'persons-families',
    ja: '当事者・家族',
    en: 'Persons concerned and their families',
    // 「家族全体の支援を考える」「高齢の介護者が倒れたとき」「母子共にサービス利用者」「本人の被害者意識」
    keywords: ['当事者', '家族', '家庭', '保護者', '介護者', '親亡き後', '8050', 'きょうだい', '兄弟', '母子', '父子', 'ピア', '本人', '意思決定'],
    // 「母への介護サービス利用」; not 分母 / 母体 / 母校 / 母国 / 母集団.
    patterns: ['(?<!分)母(?![体校国集])', '父(?!兄)'],
  },
  {
    id: 'rights-safety',
    ja: '権利擁護・安全',
    en: 'Rights advocacy and safety',
    // 「高齢者の特殊詐欺事件の現状」「被害届」「障害者差別解消法」
    keywords: ['権利擁護', '虐待', '差別', '成年後見', '後見', '詐欺', '被害', '消費者', '防犯', '防災', '災害', '避難', '警察'],
    patterns: [],
  },
  {
    id: 'consultation',
    ja: '相談支援体制',
    en: 'Consultation support system',
    // 「相談支援専門員等による模擬課題の事例検討会」「支援体制が構築できるよう」「相談員のアセスメント力」
    keywords: ['相談支援', '相談員', '計画相談', '支援体制', 'アセスメント', 'ケアマネ', 'ケースワーク', '見立て'],
    patterns: [],
  },
  {
    id: 'awareness',
    ja: '啓発・理解促進',
    en: 'Public awareness and understanding',
    // 「雇用の開拓、啓発に繋げる」「障害者週間のイベント」「周知を徹底し多くの人を知ってもらおう」
    keywords: ['啓発', '理解促進', '障害理解', '広報', '普及', '障害者週間', 'イベント', '上映会'],
    patterns: ['周知を徹底', '(多くの|地域の|市民|住民)(人|方)?(に|へ|を)?(知って|周知)'],
  },
];

/** The default themes, checked against the schema when the module loads (a typo fails every test at once). */
export const DEFAULT_THEMES: ThemeTable = ThemeTableSchema.parse(THEMES);
