// The words that recur across a track's reflections: a rough mirror of what keeps coming up,
// for the synthesis page. Deliberately simple — lower-cased words of three letters or more,
// common English words and the names of the project's people left out (that Priya keeps
// writing "Priya" or the name of the person she spoke to says nothing), counted once per
// reflection so one long entry cannot dominate.

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each even
  ever every few for from further get gets getting got had hadn't has hasn't have haven't having he he'd he'll he's
  her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
  just let's like lot lots made make makes many may me more most much must mustn't my myself no nor not now of off
  on once one only or other ought our ours ourselves out over own really said same say says see seem seemed shan't
  she she'd she'll she's should shouldn't so some something still such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've thing things think this those though
  through to too under until up upon us very was wasn't way we we'd we'll we're we've well were weren't what what's
  when when's where where's which while who who's whom why why's will with won't would wouldn't yes yet you you'd
  you'll you're you've your yours yourself yourselves`.split(/\s+/),
);

interface WordCount {
  word: string;
  /** In how many of the texts the word appears. */
  count: number;
}

/** A text's words as they are counted: lower-case, curly apostrophes straightened, possessives dropped. */
function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFC")
      .match(/[\p{L}][\p{L}'’-]*[\p{L}]/gu) ?? []
  ).map((word) => word.replaceAll("’", "'").replace(/'s$/, ""));
}

/**
 * Words found in at least `minTexts` of the texts, most frequent first (ties alphabetical), at
 * most `limit`; no word of any of `names` (whatever its case) is one of them.
 */
export function recurringWords(
  texts: string[],
  options: { limit?: number; minTexts?: number; names?: readonly string[] } = {},
): WordCount[] {
  const { limit = 12, minTexts = 2, names = [] } = options;
  const nameWords = new Set(names.flatMap(wordsOf));
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(
      wordsOf(text).filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !nameWords.has(word)),
    );
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= minTexts)
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}
