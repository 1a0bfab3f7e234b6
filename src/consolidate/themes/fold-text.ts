/** The one folding of texts, keywords and words before they are compared (no dependency: the segmenting worker loads it). */

/** Folds a text for matching: NFKC (ﾍﾙﾊﾟｰ = ヘルパー, Ａ = A), lower case, no whitespace, one spelling of 障害. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // A cell wraps its lines anywhere (「情報\n共有」): whitespace never separates Japanese words.
      .replace(/\s+/gu, '')
      // 「障がい」「障碍」「障害」 are one word in three spellings (the FY2022 sheets use the first two).
      .replace(/障(がい|碍)/gu, '障害')
  );
}
