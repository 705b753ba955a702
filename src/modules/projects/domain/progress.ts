// Progress of a project: per track, interviews done (contacts of the track with an interview)
// against the track's target; for the project, the sums. And the warning a client and coach
// see when one field is being explored much faster than another, since the method is about
// comparing fields side by side.

interface TrackCount {
  id: string;
  name: string;
  targetCount: number;
  interviewed: number;
}

interface TrackProgress extends TrackCount {
  /** done / target, capped at 1 (extra interviews do not make a track "more than done"). */
  ratio: number;
  complete: boolean;
}

export interface ProjectProgress {
  tracks: TrackProgress[];
  interviewed: number;
  target: number;
  ratio: number;
  complete: boolean;
}

const ratioOf = (done: number, target: number) => (target > 0 ? Math.min(1, done / target) : 0);

export function trackProgress(track: TrackCount): TrackProgress {
  const ratio = ratioOf(track.interviewed, track.targetCount);
  return { ...track, ratio, complete: track.interviewed >= track.targetCount };
}

export function projectProgress(tracks: readonly TrackCount[]): ProjectProgress {
  const progress = tracks.map(trackProgress);
  // A track counts at most its target towards the project, so one busy track cannot fill the project bar.
  const interviewed = progress.reduce((sum, track) => sum + Math.min(track.interviewed, track.targetCount), 0);
  const target = progress.reduce((sum, track) => sum + track.targetCount, 0);
  return {
    tracks: progress,
    interviewed,
    target,
    ratio: ratioOf(interviewed, target),
    complete: progress.length > 0 && progress.every((track) => track.complete),
  };
}

/**
 * The imbalance rule. A track is "far ahead" when it has at least IMBALANCE.minInterviews
 * interviews and its share of its target is at least IMBALANCE.factor times that of the track
 * furthest behind (a track with none done is behind any track with three). Below three
 * interviews the numbers are too small to mean anything; ratios rather than counts, so a
 * track with a target of 8 is compared fairly with one of 4. Null when balanced, or with
 * fewer than two tracks.
 */
const IMBALANCE = { minInterviews: 3, factor: 2 } as const;

interface Imbalance {
  ahead: TrackProgress;
  behind: TrackProgress;
}

export function findImbalance(tracks: readonly TrackCount[]): Imbalance | null {
  if (tracks.length < 2) return null;
  const progress = tracks.map(trackProgress);
  const byRatio = [...progress].sort((a, b) => b.ratio - a.ratio);
  const ahead = byRatio[0]!;
  const behind = byRatio.at(-1)!;
  if (ahead.interviewed < IMBALANCE.minInterviews || behind.complete) return null;
  return ahead.ratio >= IMBALANCE.factor * behind.ratio ? { ahead, behind } : null;
}

/** The sentence for the warning, or null. */
export function imbalanceMessage(tracks: readonly TrackCount[]): string | null {
  const imbalance = findImbalance(tracks);
  if (!imbalance) return null;
  const { ahead, behind } = imbalance;
  return `“${ahead.name}” is far ahead of “${behind.name}” (${ahead.interviewed} of ${ahead.targetCount} against ${behind.interviewed} of ${behind.targetCount}). Give “${behind.name}” some attention so you can compare the two fairly.`;
}
