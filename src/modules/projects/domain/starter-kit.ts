// What a new practice starts with, so a coach can assign the method's standard project on day
// one: the "Ten conversations, two fields" template and one short outreach message of each kind.
// The demo seed uses the same kit.

export const STANDARD_QUESTIONS = [
  "What is your day to day really like?",
  "Where do you find fulfilment in this work?",
  "What do you wish you had known before you started?",
  "What are the challenges?",
  "How did you get into this work?",
  "What does a good week look like for you?",
  "Who else do you think I should talk to?",
];

export const STARTER_OUTREACH_TEMPLATES: ReadonlyArray<{
  key: string;
  name: string;
  kind: "INITIAL" | "FOLLOW_UP" | "THANK_YOU" | "REFERRER_UPDATE";
  subject: string;
  body: string;
}> = [
  {
    key: "initial",
    name: "First note",
    kind: "INITIAL",
    subject: "A 20-minute conversation about your work?",
    body: "Hi {{firstName}},\n\nI'm exploring a change of career and I'd love to hear what your work as {{role}} at {{organisation}} is really like. Would you have 20 minutes for a call in the next couple of weeks? I'm not looking for a job — just trying to learn from people who do the work.\n\nThank you,\n{{client}}",
  },
  {
    key: "follow-up",
    name: "Gentle follow-up",
    kind: "FOLLOW_UP",
    subject: "Re: A 20-minute conversation about your work?",
    body: "Hi {{firstName}},\n\nJust floating this back to the top of your inbox in case it got buried. If a short call doesn't suit, even two or three lines about what you wish you'd known before starting would help a lot.\n\nThanks again,\n{{client}}",
  },
  {
    key: "thank-you",
    name: "Thank you",
    kind: "THANK_YOU",
    subject: "Thank you for your time",
    body: "Hi {{firstName}},\n\nThank you for talking with me today. I'm still thinking about what you said — it gave me a much clearer picture of the work at {{organisation}}. I'll let you know where I land.\n\nWarmly,\n{{client}}",
  },
  {
    key: "referrer",
    name: "Tell the referrer",
    kind: "REFERRER_UPDATE",
    subject: "I spoke with {{name}} — thank you",
    body: "Hi {{referrer}},\n\nThank you for introducing me to {{name}}. We talked this week and it was exactly the conversation I needed. I really appreciate you making the connection.\n\nBest,\n{{client}}",
  },
];

export const STARTER_PROJECT_TEMPLATE: {
  name: string;
  description: string;
  tracks: Array<{ name: string; targetCount: number }>;
  questionBank: string[];
  outreachGoalCount: number;
  outreachGoalPeriod: "DAY" | "WEEK";
} = {
  name: "Ten conversations, two fields",
  description:
    "Five conversations in each of two directions, so the client can compare them side by side. Two new people a day keeps it moving.",
  tracks: [
    { name: "First field", targetCount: 5 },
    { name: "Second field", targetCount: 5 },
  ],
  questionBank: [...STANDARD_QUESTIONS],
  outreachGoalCount: 2,
  outreachGoalPeriod: "DAY",
};

/**
 * The template the assignment form starts from when none is chosen: the method's standard one
 * if the practice still has it, else the first (the list comes sorted by name).
 */
export function defaultTemplateOf<T extends { name: string }>(templates: readonly T[]): T | undefined {
  return templates.find((template) => template.name === STARTER_PROJECT_TEMPLATE.name) ?? templates[0];
}
