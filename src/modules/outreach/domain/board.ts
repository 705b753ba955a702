import { STATUS_LABELS, type ContactStatus } from "./pipeline";

// The pipeline as a board: one column per step, in the order people go through them, with the
// two ways a conversation ends (declined, no reply) folded into one column at the end so they
// do not take two columns' width. Cards are placed by the status the client sees (see
// displayedStatus), so a follow-up that came due sits under "Follow-up due".

/** How a conversation ends: the statuses of the folded column. */
export const ENDED_STATUSES: readonly ContactStatus[] = ["DECLINED", "NO_REPLY"];

export const BOARD_COLUMNS = [
  { id: "IDENTIFIED", label: STATUS_LABELS.IDENTIFIED, statuses: ["IDENTIFIED"] },
  { id: "CONTACTED", label: STATUS_LABELS.CONTACTED, statuses: ["CONTACTED"] },
  { id: "FOLLOW_UP_DUE", label: STATUS_LABELS.FOLLOW_UP_DUE, statuses: ["FOLLOW_UP_DUE"] },
  { id: "SCHEDULED", label: STATUS_LABELS.SCHEDULED, statuses: ["SCHEDULED"] },
  { id: "INTERVIEWED", label: STATUS_LABELS.INTERVIEWED, statuses: ["INTERVIEWED"] },
  { id: "THANKED", label: STATUS_LABELS.THANKED, statuses: ["THANKED"] },
  { id: "ENDED", label: "Declined or no reply", statuses: ENDED_STATUSES, folded: true },
] as const satisfies ReadonlyArray<{
  id: string;
  label: string;
  statuses: readonly ContactStatus[];
  folded?: boolean;
}>;

export type BoardColumnId = (typeof BOARD_COLUMNS)[number]["id"];

export interface BoardColumn<T> {
  id: BoardColumnId;
  label: string;
  folded: boolean;
  /** One group per status the column holds (the folded column has two), each a place to drop a card. */
  groups: Array<{ status: ContactStatus; label: string; cards: T[] }>;
  count: number;
}

/** Every column, in board order, with its cards in the order given; empty columns included. */
export function boardColumns<T extends { shownStatus: ContactStatus }>(cards: readonly T[]): BoardColumn<T>[] {
  return BOARD_COLUMNS.map((column) => {
    const groups = column.statuses.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      cards: cards.filter((card) => card.shownStatus === status),
    }));
    return {
      id: column.id,
      label: column.label,
      folded: "folded" in column,
      groups,
      count: groups.reduce((sum, group) => sum + group.cards.length, 0),
    };
  });
}
