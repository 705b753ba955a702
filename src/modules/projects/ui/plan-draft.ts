import type { OutreachPeriod } from "../domain/project-plan";

// The plan as its forms edit it. Numbers stay strings while they are edited (an emptied number
// box stays empty, and the server answers with the field's message); `planInput` turns them
// into the input the procedures take.

export interface TrackDraft {
  key: string;
  /** Set for a track that already exists (project settings). */
  id?: string;
  name: string;
  targetCount: string;
  /** Contacts on an existing track: such a track cannot be removed. */
  contacts?: number;
  /** A template's stand-in name ("First field"), shown greyed in the empty box for the coach to replace. */
  standIn?: string;
}

export interface QuestionDraft {
  key: string;
  text: string;
}

/** The parts of a plan that templates, the assignment form and project settings all edit. */
export interface PlanDraft {
  tracks: TrackDraft[];
  questions: QuestionDraft[];
  goalCount: string;
  goalPeriod: OutreachPeriod;
}

/** An empty box becomes NaN, which the server's schema answers with the field's own message. */
export const numberFrom = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

let nextKey = 0;
export const draftKey = () => `draft-${nextKey++}`;

const tracksDraft = (tracks: Array<{ id?: string; name: string; targetCount: number; contacts?: number }>) =>
  tracks.map((track) => ({ ...track, key: draftKey(), targetCount: String(track.targetCount) }));
const questionsDraft = (questions: string[]) => questions.map((text) => ({ key: draftKey(), text }));

/** A saved plan (a template's, or one made from it) as a draft to edit. */
export const planDraftOf = (plan: {
  tracks: Array<{ id?: string; name: string; targetCount: number; contacts?: number }>;
  questionBank: string[];
  outreachGoalCount: number;
  outreachGoalPeriod: OutreachPeriod;
}): PlanDraft => ({
  tracks: tracksDraft(plan.tracks),
  questions: questionsDraft(plan.questionBank),
  goalCount: String(plan.outreachGoalCount),
  goalPeriod: plan.outreachGoalPeriod,
});

/** A plan started from scratch: two empty tracks of five, no questions, two people a day. */
export const blankPlanDraft = (): PlanDraft => ({
  tracks: tracksDraft([
    { name: "", targetCount: 5 },
    { name: "", targetCount: 5 },
  ]),
  questions: questionsDraft([]),
  goalCount: "2",
  goalPeriod: "DAY",
});

/** How the starter kit (and the demo's templates) name tracks a coach is meant to rename: "First field" … "Sixth field". */
const STAND_IN_TRACK_NAME = /^(First|Second|Third|Fourth|Fifth|Sixth) field$/;

/** A template's stand-in track names become empty boxes showing them as placeholders. */
export const withStandInsAsPlaceholders = <Draft extends PlanDraft>(draft: Draft): Draft => ({
  ...draft,
  tracks: draft.tracks.map((track) =>
    STAND_IN_TRACK_NAME.test(track.name) ? { ...track, name: "", standIn: track.name } : track,
  ),
});

/**
 * The plan as the create and assign procedures take it (new tracks only, so no ids). A template
 * may keep a stand-in left empty (`keepStandIns`); a client's project may not, so an assignment
 * sends the empty name and the server asks for a real one.
 */
export const planInput = (draft: PlanDraft, options: { keepStandIns?: boolean } = {}) => ({
  tracks: draft.tracks.map((track) => ({
    name: track.name.trim() === "" && options.keepStandIns ? (track.standIn ?? "") : track.name,
    targetCount: numberFrom(track.targetCount),
  })),
  questionBank: draft.questions.map((question) => question.text),
  outreachGoalCount: numberFrom(draft.goalCount),
  outreachGoalPeriod: draft.goalPeriod,
});
