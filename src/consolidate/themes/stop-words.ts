/**
 * Words too general to hint at a theme, judged from the FY2022 CHECK / ACTION texts: meeting and reporting
 * vocabulary (実施, 開催, 予定, 今後, 必要, 検討 …), the form's own words (部会, WG, 計画), time words and the
 * region's place names. Written folded (NFKC, lower case, 障害) as segmentWords compares them.
 */
const WORDS = `
実施 開催 予定 今後 必要 検討 確認 協議 決定 継続 参加 内容 方法 状況 方向 方向性 結果 意見 報告 説明 作成 整理 準備
活動 事業 計画 計画案 会議 部会 部会長 副部会長 wg wg長 副wg長 メンバー 部会員 担当 担当者 対象 対象者 全体 各市 両市
年度 今年度 次年度 昨年度 来年度 昨年 今年 来年 年間 時期 当日 次回 今回 前回 以前 以降 現在 当面 月末 上半期 下半期 令和 平成
課題 支援 利用 利用者 提供 活用 取組 取り組み 取り 向上 推進 強化 構築 把握 共通 具体 具体化 一定 一つ 多く 様々 個々 他者
事業所 関係者 機関 体制 状態 基本 基盤 成果 評価 反省 反省点 反省会 参考 案内 詳細 事項 注意 流れ 進行 実行 方針
行う 行い 行え 向け 向けて 進める 進め 多い 少ない 選任 イメージ テーマ 影響 抽出 現状 周知 今回 試み
伊賀 伊賀市 名張 名張市 市内 圏域 地域 本市 当市 三重 三重県
障害 障害者 障害福祉課 福祉 福祉課 サービス 相談 相談部会 就労部会 くらし部会 暮らし部会
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((w) => w !== ''));
