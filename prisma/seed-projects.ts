import {
  STANDARD_QUESTIONS,
  STARTER_OUTREACH_TEMPLATES,
  STARTER_PROJECT_TEMPLATE,
} from "../src/modules/projects/domain/starter-kit";
import type { ContactStatus, OutreachKind, PrismaClient } from "../src/server/db/generated/client";

// Demo data for projects (issue 4): a practice template and outreach messages, and three
// projects that give the caseload, review queue, workspace and synthesis pages something to
// show — Priya's busy project (Maya), Jordan's steady one (Sam) and Alex's stalled one (Maya).
// Fixed ids and upserts that never update: seeding again changes nothing. Dates are placed
// relative to the first seeding, like the bookings, so "2 days ago" reads right on a fresh database.

const DAY = 86_400_000;
const HOUR = 3_600_000;

const OUTREACH_TEMPLATES = STARTER_OUTREACH_TEMPLATES.map((template) => ({
  ...template,
  id: `demo-outreach-template-${template.key}`,
}));

interface ContactSeed {
  key: string;
  track: string;
  name: string;
  role: string;
  organisation: string;
  howFound: string;
  link?: string;
  referredBy?: string;
  status: ContactStatus;
  /** Days before the seeding, for each of these moments. */
  firstContacted?: number;
  lastContacted?: number;
  nextFollowUpIn?: number;
  followUpCount?: number;
  interviewed?: number;
  thanked?: number;
  referrerTold?: number;
}

interface OutreachSeed {
  key: string;
  contact: string;
  kind: OutreachKind;
  daysAgo: number;
  subject: string;
  message: string;
}

interface InterviewSeed {
  contact: string;
  daysAgo: number;
  questions: string[];
  notes: string;
  reflection?: {
    status: "DRAFT" | "SUBMITTED" | "REVIEWED";
    /** Hours after the interview that the first words were saved. */
    startedAfterHours: number;
    submittedAfterHours?: number;
    reviewedDaysAgo?: number;
    learned: string;
    feelingBody?: string;
    feelingThoughts?: string;
    feelingFirst?: string;
    resonance?: number;
    surprises?: string;
    recommendedPeople?: string;
    nextStep?: string;
  };
}

interface CheckInSeed {
  key: string;
  requestedDaysAgo: number;
  completedDaysAgo?: number;
  scores?: { hope: number; time: number; energy: number; selfEsteem: number; ambition: number };
  note?: string;
  fears?: string[];
}

interface ProjectSeed {
  key: string;
  client: string;
  coach: string;
  title: string;
  northStar: string | null;
  createdDaysAgo: number;
  dueInDays: number | null;
  lastActivityDaysAgo: number;
  outreachGoal: { count: number; period: "DAY" | "WEEK" };
  tracks: Array<{ key: string; name: string; targetCount: number }>;
  contacts: ContactSeed[];
  outreach: OutreachSeed[];
  interviews: InterviewSeed[];
  checkIns: CheckInSeed[];
}

const PROJECTS: ProjectSeed[] = [
  {
    key: "priya",
    client: "priya",
    coach: "maya",
    title: "Agency or engagement?",
    northStar:
      "Decide by spring whether to start a small marketing agency of my own or move into employee engagement work.",
    createdDaysAgo: 20,
    dueInDays: 45,
    lastActivityDaysAgo: 1,
    outreachGoal: { count: 2, period: "DAY" },
    tracks: [
      { key: "agency", name: "Marketing agency owners", targetCount: 5 },
      { key: "engagement", name: "Employee engagement", targetCount: 5 },
    ],
    contacts: [
      {
        key: "ana",
        track: "agency",
        name: "Ana Souza",
        role: "Founder",
        organisation: "Brightside Studio",
        howFound: "LinkedIn search for agency founders in Bengaluru",
        link: "https://www.linkedin.com/in/example-ana-souza",
        status: "THANKED",
        firstContacted: 17,
        lastContacted: 11,
        interviewed: 12,
        thanked: 11,
      },
      {
        key: "marcus",
        track: "agency",
        name: "Marcus Webb",
        role: "Owner",
        organisation: "Webb & Co. Marketing",
        howFound: "Recommended by Ana Souza",
        referredBy: "ana",
        status: "INTERVIEWED",
        firstContacted: 8,
        lastContacted: 8,
        interviewed: 2,
      },
      {
        key: "leah",
        track: "agency",
        name: "Leah Kim",
        role: "Managing director",
        organisation: "Northwind Creative",
        howFound: "Spoke at a local marketing meetup",
        status: "SCHEDULED",
        firstContacted: 9,
        lastContacted: 4,
        followUpCount: 1,
      },
      {
        key: "tom",
        track: "agency",
        name: "Tom Hale",
        role: "Co-founder",
        organisation: "Hale Digital",
        howFound: "Agency directory",
        status: "FOLLOW_UP_DUE",
        firstContacted: 6,
        lastContacted: 6,
        nextFollowUpIn: -1,
      },
      {
        key: "grace",
        track: "engagement",
        name: "Grace Obi",
        role: "Head of Employee Experience",
        organisation: "Lumen Health",
        howFound: "Former colleague's manager",
        status: "THANKED",
        firstContacted: 10,
        lastContacted: 4,
        interviewed: 5,
        thanked: 4,
      },
      {
        key: "daniel",
        track: "engagement",
        name: "Daniel Ruiz",
        role: "People Partner",
        organisation: "Fernway",
        howFound: "Recommended by Grace Obi",
        referredBy: "grace",
        status: "CONTACTED",
        firstContacted: 1,
        lastContacted: 1,
        nextFollowUpIn: 4,
      },
      {
        key: "sofia",
        track: "engagement",
        name: "Sofia Lindqvist",
        role: "Engagement consultant",
        organisation: "Independent",
        howFound: "Podcast guest",
        status: "DECLINED",
        firstContacted: 9,
        lastContacted: 9,
      },
      {
        key: "ravi",
        track: "engagement",
        name: "Ravi Menon",
        role: "Culture lead",
        organisation: "Kitepoint",
        howFound: "HR conference speaker list",
        status: "IDENTIFIED",
      },
    ],
    outreach: [
      {
        key: "ana-initial",
        contact: "ana",
        kind: "INITIAL",
        daysAgo: 17,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Ana,\n\nI'm exploring a change of career and I'd love to hear what your work as Founder at Brightside Studio is really like. Would you have 20 minutes for a call in the next couple of weeks? I'm not looking for a job — just trying to learn from people who do the work.\n\nThank you,\nPriya",
      },
      {
        key: "ana-thanks",
        contact: "ana",
        kind: "THANK_YOU",
        daysAgo: 11,
        subject: "Thank you for your time",
        message:
          "Hi Ana,\n\nThank you for talking with me yesterday. I'm still thinking about what you said about choosing your clients — it gave me a much clearer picture of running a studio. And thank you for suggesting Marcus!\n\nWarmly,\nPriya",
      },
      {
        key: "marcus-initial",
        contact: "marcus",
        kind: "INITIAL",
        daysAgo: 8,
        subject: "Ana Souza suggested I get in touch",
        message:
          "Hi Marcus,\n\nAna Souza at Brightside suggested I talk to you — she said you built Webb & Co. from a one-person shop. I'm weighing up starting a small agency myself and would love 20 minutes to hear how it has really been.\n\nThank you,\nPriya",
      },
      {
        key: "leah-initial",
        contact: "leah",
        kind: "INITIAL",
        daysAgo: 9,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Leah,\n\nI heard your talk at the marketing meetup last month and I'd love to hear more about running Northwind Creative. Would you have 20 minutes for a call? I'm exploring a career change and learning from people who do the work.\n\nThank you,\nPriya",
      },
      {
        key: "leah-follow-up",
        contact: "leah",
        kind: "FOLLOW_UP",
        daysAgo: 4,
        subject: "Re: A 20-minute conversation about your work?",
        message:
          "Hi Leah,\n\nJust floating this back to the top of your inbox in case it got buried. If a short call doesn't suit, even two or three lines about what you wish you'd known before starting would help a lot.\n\nThanks again,\nPriya",
      },
      {
        key: "tom-initial",
        contact: "tom",
        kind: "INITIAL",
        daysAgo: 6,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Tom,\n\nI'm exploring a change of career and I'd love to hear what your work as Co-founder at Hale Digital is really like. Would you have 20 minutes for a call in the next couple of weeks?\n\nThank you,\nPriya",
      },
      {
        key: "grace-initial",
        contact: "grace",
        kind: "INITIAL",
        daysAgo: 10,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Grace,\n\nRohan mentioned you lead employee experience at Lumen Health. I'm exploring a move into engagement work and would love 20 minutes to hear what the job is really like day to day.\n\nThank you,\nPriya",
      },
      {
        key: "grace-thanks",
        contact: "grace",
        kind: "THANK_YOU",
        daysAgo: 4,
        subject: "Thank you for your time",
        message:
          "Hi Grace,\n\nThank you for such an open conversation yesterday — especially about the hard parts of measuring engagement. I'll reach out to Daniel as you suggested.\n\nWarmly,\nPriya",
      },
      {
        key: "daniel-initial",
        contact: "daniel",
        kind: "INITIAL",
        daysAgo: 1,
        subject: "Grace Obi suggested I get in touch",
        message:
          "Hi Daniel,\n\nGrace Obi at Lumen Health suggested I talk to you about people partnering at Fernway. Would you have 20 minutes in the next two weeks? I'm exploring a move into this field.\n\nThank you,\nPriya",
      },
      {
        key: "sofia-initial",
        contact: "sofia",
        kind: "INITIAL",
        daysAgo: 9,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Sofia,\n\nI loved your episode on the Work Better podcast. I'm exploring engagement consulting as a career and would love 20 minutes to hear what it's really like to work independently.\n\nThank you,\nPriya",
      },
    ],
    interviews: [
      {
        contact: "ana",
        daysAgo: 12,
        questions: [STANDARD_QUESTIONS[0]!, STANDARD_QUESTIONS[1]!, STANDARD_QUESTIONS[3]!, STANDARD_QUESTIONS[6]!],
        notes:
          "Runs a team of four. Spends more time on sales and hiring than on marketing itself. Chooses clients by 'would I have dinner with them'. First two years were lean.",
        reflection: {
          status: "REVIEWED",
          startedAfterHours: 1,
          submittedAfterHours: 3,
          reviewedDaysAgo: 10,
          learned:
            "Owning an agency is mostly selling and hiring, not doing the creative work. Ana loves it because she gets to choose who she works with.",
          feelingBody: "Lighter in my chest, a bit buzzy.",
          feelingThoughts: "I could do the choosing-clients part. Could I do the selling part?",
          feelingFirst: "Excited, then nervous.",
          resonance: 4,
          surprises: "How little of her week is actual marketing.",
          recommendedPeople: "Marcus Webb (Webb & Co.) — built his agency from nothing.",
          nextStep: "Talk to Marcus about the first two years.",
        },
      },
      {
        contact: "grace",
        daysAgo: 5,
        questions: [STANDARD_QUESTIONS[0]!, STANDARD_QUESTIONS[2]!, STANDARD_QUESTIONS[3]!],
        notes:
          "Engagement surveys are the easy part; getting leaders to act on them is the job. Lots of meetings. Stable, well paid, slow.",
        reflection: {
          status: "DRAFT",
          startedAfterHours: 20,
          learned: "The job is persuading leaders, not running surveys.",
          feelingBody: "Calm but flat.",
          resonance: 2,
        },
      },
      {
        contact: "marcus",
        daysAgo: 2,
        questions: [STANDARD_QUESTIONS[2]!, STANDARD_QUESTIONS[3]!, STANDARD_QUESTIONS[5]!],
        notes:
          "Started with one client from his old job. Cash flow was the scariest part. Now 12 people, wants to stay small. Says the freedom is worth it.",
        reflection: {
          status: "SUBMITTED",
          startedAfterHours: 2,
          submittedAfterHours: 5,
          learned:
            "You don't need a big network to start, you need one client who trusts you. Cash flow is the real fear, not sales.",
          feelingBody: "Restless in a good way.",
          feelingThoughts: "I keep picturing my own small studio.",
          feelingFirst: "Hopeful.",
          resonance: 3,
          surprises: "He still takes on small projects himself because he enjoys them.",
          recommendedPeople: "",
          nextStep: "Ask Leah how she handled the first year.",
        },
      },
      // Leah said yes: the conversation is in two days, questions already picked.
      {
        contact: "leah",
        daysAgo: -2,
        questions: [STANDARD_QUESTIONS[0]!, STANDARD_QUESTIONS[4]!],
        notes: "",
      },
    ],
    checkIns: [
      {
        key: "start",
        requestedDaysAgo: 20,
        completedDaysAgo: 19,
        scores: { hope: 3, time: 2, energy: 2, selfEsteem: 2, ambition: 4 },
        note: "Work is very busy this month. I want this, but I'm tired.",
        fears: [
          "Who am I to take up their time?",
          "They'll think I'm not serious about changing careers.",
          "What if they say no?",
        ],
      },
      {
        key: "week-two",
        requestedDaysAgo: 7,
        completedDaysAgo: 6,
        scores: { hope: 4, time: 3, energy: 3, selfEsteem: 3, ambition: 4 },
        note: "The first two conversations went better than I feared. People are kind.",
      },
      // Asked for yesterday and not answered yet: it waits on Priya's home and workspace.
      { key: "week-three", requestedDaysAgo: 1 },
    ],
  },
  {
    key: "jordan",
    client: "jordan",
    coach: "sam",
    title: "Product or research?",
    northStar: "Figure out which side of building products fits me.",
    createdDaysAgo: 14,
    dueInDays: 30,
    lastActivityDaysAgo: 3,
    outreachGoal: { count: 5, period: "WEEK" },
    tracks: [
      { key: "pm", name: "Product managers", targetCount: 4 },
      { key: "ux", name: "UX researchers", targetCount: 4 },
    ],
    contacts: [
      {
        key: "mei",
        track: "pm",
        name: "Mei Tanaka",
        role: "Senior product manager",
        organisation: "Loopline",
        howFound: "College alumni group",
        status: "INTERVIEWED",
        firstContacted: 10,
        lastContacted: 10,
        interviewed: 3,
      },
      {
        key: "owen",
        track: "pm",
        name: "Owen Price",
        role: "Group PM",
        organisation: "Cartwheel",
        howFound: "LinkedIn",
        status: "CONTACTED",
        firstContacted: 5,
        lastContacted: 5,
        nextFollowUpIn: 0,
      },
      {
        key: "nadia",
        track: "ux",
        name: "Nadia Haddad",
        role: "UX research lead",
        organisation: "Fieldwise",
        howFound: "Research meetup",
        status: "SCHEDULED",
        firstContacted: 6,
        lastContacted: 6,
      },
      {
        key: "ben",
        track: "ux",
        name: "Ben Carter",
        role: "Researcher",
        organisation: "Openbank",
        howFound: "Friend of a friend",
        status: "IDENTIFIED",
      },
    ],
    outreach: [
      {
        key: "mei-initial",
        contact: "mei",
        kind: "INITIAL",
        daysAgo: 10,
        subject: "Fellow alum — 20 minutes about product management?",
        message:
          "Hi Mei,\n\nI found you through the alumni group. I'm exploring product management and would love 20 minutes to hear what your days at Loopline look like.\n\nThanks so much,\nJordan",
      },
      {
        key: "owen-initial",
        contact: "owen",
        kind: "INITIAL",
        daysAgo: 5,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Owen,\n\nI'm exploring a move into product and I'd love to hear what your work as Group PM at Cartwheel is really like. Would you have 20 minutes in the next couple of weeks?\n\nThank you,\nJordan",
      },
      {
        key: "nadia-initial",
        contact: "nadia",
        kind: "INITIAL",
        daysAgo: 6,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Nadia,\n\nWe met briefly at the research meetup. I'm curious about UX research as a career — could I have 20 minutes of your time?\n\nThank you,\nJordan",
      },
    ],
    interviews: [
      {
        contact: "mei",
        daysAgo: 3,
        questions: [STANDARD_QUESTIONS[0]!, STANDARD_QUESTIONS[1]!, STANDARD_QUESTIONS[3]!],
        notes: "Lots of meetings, lots of saying no. Loves seeing customers use what the team built.",
        reflection: {
          status: "SUBMITTED",
          startedAfterHours: 4,
          submittedAfterHours: 6,
          learned: "Product management is mostly alignment and saying no, with moments of real impact.",
          feelingBody: "Tense shoulders when she described the meetings.",
          feelingThoughts: "Not sure I want that many meetings.",
          feelingFirst: "Curious but wary.",
          resonance: 3,
          surprises: "She rarely writes specs anymore.",
          recommendedPeople: "",
          nextStep: "Compare with a researcher's week.",
        },
      },
    ],
    checkIns: [
      {
        key: "start",
        requestedDaysAgo: 14,
        completedDaysAgo: 13,
        scores: { hope: 4, time: 3, energy: 4, selfEsteem: 3, ambition: 3 },
      },
    ],
  },
  {
    key: "alex",
    client: "alex",
    coach: "maya",
    title: "Back into teaching — or not?",
    northStar: null,
    createdDaysAgo: 25,
    dueInDays: 20,
    lastActivityDaysAgo: 10,
    outreachGoal: { count: 3, period: "WEEK" },
    tracks: [
      { key: "schools", name: "School leaders", targetCount: 3 },
      { key: "learning", name: "Learning designers", targetCount: 3 },
    ],
    contacts: [
      {
        key: "hannah",
        track: "schools",
        name: "Hannah Vogel",
        role: "Deputy head",
        organisation: "Gesamtschule Nord",
        howFound: "Former colleague",
        status: "FOLLOW_UP_DUE",
        firstContacted: 12,
        lastContacted: 12,
        nextFollowUpIn: -7,
      },
      {
        key: "felix",
        track: "learning",
        name: "Felix Braun",
        role: "Learning experience designer",
        organisation: "Edulab",
        howFound: "LinkedIn",
        status: "CONTACTED",
        firstContacted: 10,
        lastContacted: 10,
        nextFollowUpIn: -5,
      },
      {
        key: "clara",
        track: "learning",
        name: "Clara Nowak",
        role: "Instructional designer",
        organisation: "Kursiv",
        howFound: "Online course credits",
        status: "IDENTIFIED",
      },
    ],
    outreach: [
      {
        key: "hannah-initial",
        contact: "hannah",
        kind: "INITIAL",
        daysAgo: 12,
        subject: "Coffee and a question about school leadership?",
        message:
          "Hi Hannah,\n\nIt's been a while! I'm thinking about going back into teaching, maybe towards leadership, and I'd love to hear how you find the deputy head role. Could we talk for 20 minutes?\n\nBest,\nAlex",
      },
      {
        key: "felix-initial",
        contact: "felix",
        kind: "INITIAL",
        daysAgo: 10,
        subject: "A 20-minute conversation about your work?",
        message:
          "Hi Felix,\n\nI'm a former teacher exploring learning design and I'd love to hear what your work at Edulab is really like. Would you have 20 minutes?\n\nThank you,\nAlex",
      },
    ],
    interviews: [],
    checkIns: [
      {
        key: "start",
        requestedDaysAgo: 25,
        completedDaysAgo: 24,
        scores: { hope: 3, time: 2, energy: 2, selfEsteem: 3, ambition: 2 },
        note: "Not sure I have the energy for this right now.",
      },
      { key: "again", requestedDaysAgo: 3 },
    ],
  },
];

export async function seedProjects(db: PrismaClient, practiceId: string) {
  const anchor = Math.floor(Date.now() / DAY) * DAY; // today, 00:00 UTC
  // Mid-afternoon UTC, so "n days ago" is the same calendar day in every demo zone.
  const daysAgo = (days: number, hours = 14) => new Date(anchor - days * DAY + hours * HOUR);
  const calendarDay = (daysFromNow: number) => new Date(anchor + daysFromNow * DAY);

  const templateId = "demo-template-ten-conversations";
  await db.projectTemplate.upsert({
    where: { id: templateId },
    create: {
      id: templateId,
      practiceId,
      ...STARTER_PROJECT_TEMPLATE,
    },
    update: {},
  });
  await db.projectTemplate.upsert({
    where: { id: "demo-template-quick-scan" },
    create: {
      id: "demo-template-quick-scan",
      practiceId,
      name: "Quick scan, three fields",
      description: "Two conversations in each of three fields, for a client who is still wide open.",
      tracks: [
        { name: "First field", targetCount: 2 },
        { name: "Second field", targetCount: 2 },
        { name: "Third field", targetCount: 2 },
      ],
      questionBank: STANDARD_QUESTIONS.slice(0, 4),
      outreachGoalCount: 5,
      outreachGoalPeriod: "WEEK",
    },
    update: {},
  });
  for (const template of OUTREACH_TEMPLATES) {
    const { key: _key, ...row } = template;
    await db.outreachTemplate.upsert({ where: { id: template.id }, create: { ...row, practiceId }, update: {} });
  }

  for (const project of PROJECTS) {
    const projectId = `demo-project-${project.key}`;
    const clientId = `demo-client-${project.client}`;
    // The bookings seed made them leads; a project means they are working with the practice now.
    await db.client.updateMany({ where: { id: clientId, status: "LEAD" }, data: { status: "ACTIVE" } });
    await db.project.upsert({
      where: { id: projectId },
      create: {
        id: projectId,
        practiceId,
        clientId,
        coachProfileId: `demo-coach-${project.coach}`,
        templateId,
        title: project.title,
        northStar: project.northStar,
        dueDate: project.dueInDays === null ? null : calendarDay(project.dueInDays),
        outreachGoalCount: project.outreachGoal.count,
        outreachGoalPeriod: project.outreachGoal.period,
        questionBank: STANDARD_QUESTIONS,
        lastActivityAt: daysAgo(project.lastActivityDaysAgo),
        createdAt: daysAgo(project.createdDaysAgo, 10),
      },
      update: {},
    });
    for (const [position, track] of project.tracks.entries()) {
      await db.projectTrack.upsert({
        where: { id: `${projectId}-track-${track.key}` },
        create: {
          id: `${projectId}-track-${track.key}`,
          practiceId,
          projectId,
          name: track.name,
          targetCount: track.targetCount,
          position,
        },
        update: {},
      });
    }
    const contactId = (key: string) => `${projectId}-contact-${key}`;
    // Referrers first: a contact's referrer must exist before it.
    const ordered = [...project.contacts].sort((a, b) => Number(Boolean(a.referredBy)) - Number(Boolean(b.referredBy)));
    for (const contact of ordered) {
      const at = (days: number | undefined) => (days === undefined ? null : daysAgo(days));
      await db.contact.upsert({
        where: { id: contactId(contact.key) },
        create: {
          id: contactId(contact.key),
          practiceId,
          projectId,
          trackId: `${projectId}-track-${contact.track}`,
          name: contact.name,
          role: contact.role,
          organisation: contact.organisation,
          howFound: contact.howFound,
          link: contact.link ?? null,
          referredById: contact.referredBy ? contactId(contact.referredBy) : null,
          status: contact.status,
          firstContactedAt: at(contact.firstContacted),
          lastContactedAt: at(contact.lastContacted),
          nextFollowUpOn: contact.nextFollowUpIn === undefined ? null : calendarDay(contact.nextFollowUpIn),
          followUpCount: contact.followUpCount ?? 0,
          interviewedAt: at(contact.interviewed),
          thankedAt: at(contact.thanked),
          referrerToldAt: at(contact.referrerTold),
          createdAt: daysAgo((contact.firstContacted ?? 2) + 1, 9),
        },
        update: {},
      });
    }
    for (const event of project.outreach) {
      await db.outreachEvent.upsert({
        where: { id: `${projectId}-outreach-${event.key}` },
        create: {
          id: `${projectId}-outreach-${event.key}`,
          practiceId,
          projectId,
          contactId: contactId(event.contact),
          kind: event.kind,
          subject: event.subject,
          message: event.message,
          sentAt: daysAgo(event.daysAgo),
        },
        update: {},
      });
    }
    for (const interview of project.interviews) {
      const interviewId = `${projectId}-interview-${interview.contact}`;
      const occurredAt = daysAgo(interview.daysAgo, 11);
      await db.interview.upsert({
        where: { id: interviewId },
        create: {
          id: interviewId,
          practiceId,
          projectId,
          contactId: contactId(interview.contact),
          occurredAt,
          chosenQuestions: interview.questions,
          notes: interview.notes,
        },
        update: {},
      });
      const reflection = interview.reflection;
      if (!reflection) continue;
      const afterInterview = (hours: number | undefined) =>
        hours === undefined ? null : new Date(occurredAt.getTime() + hours * HOUR);
      const { status, startedAfterHours, submittedAfterHours, reviewedDaysAgo, ...text } = reflection;
      const reflectionId = `${projectId}-reflection-${interview.contact}`;
      await db.reflection.upsert({
        where: { id: reflectionId },
        create: {
          id: reflectionId,
          practiceId,
          projectId,
          interviewId,
          ...text,
          status,
          startedAt: afterInterview(startedAfterHours),
          submittedAt: afterInterview(submittedAfterHours),
          reviewedAt: reviewedDaysAgo === undefined ? null : daysAgo(reviewedDaysAgo, 9),
          reviewedById: reviewedDaysAgo === undefined ? null : `demo-user-${project.coach}`,
        },
        update: {},
      });
    }
    for (const checkIn of project.checkIns) {
      await db.readinessCheckIn.upsert({
        where: { id: `${projectId}-checkin-${checkIn.key}` },
        create: {
          id: `${projectId}-checkin-${checkIn.key}`,
          practiceId,
          projectId,
          requestedById: `demo-user-${project.coach}`,
          requestedAt: daysAgo(checkIn.requestedDaysAgo, 10),
          completedAt: checkIn.completedDaysAgo === undefined ? null : daysAgo(checkIn.completedDaysAgo, 16),
          ...checkIn.scores,
          note: checkIn.note ?? null,
          fears: checkIn.fears ?? [],
        },
        update: {},
      });
    }
  }

  // Maya's review of Priya's first reflection, Priya's answer, and Maya's notes about her.
  const anaReflection = "demo-project-priya-reflection-ana";
  const comments = [
    {
      id: "demo-comment-priya-ana-coach",
      authorUserId: "demo-user-maya",
      parentId: null,
      daysAgo: 10,
      body: "Notice how your energy lifted when Ana talked about choosing her clients. Let's come back to that thread of freedom in our next session — and to what 'selling' means to you.",
    },
    {
      id: "demo-comment-priya-ana-reply",
      authorUserId: "demo-user-priya",
      parentId: "demo-comment-priya-ana-coach",
      daysAgo: 9,
      body: "Yes! I hadn't noticed that until you said it. Selling feels like begging to me — happy to unpack that.",
    },
  ];
  for (const comment of comments) {
    await db.reflectionComment.upsert({
      where: { id: comment.id },
      create: {
        id: comment.id,
        practiceId,
        reflectionId: anaReflection,
        authorUserId: comment.authorUserId,
        parentId: comment.parentId,
        body: comment.body,
        createdAt: daysAgo(comment.daysAgo, 9),
      },
      update: {},
    });
  }
  const notes = [
    {
      id: "demo-note-priya-private",
      sharedWithTeam: false,
      daysAgo: 10,
      body: "Priya lights up when she talks about autonomy, and goes quiet at anything that sounds like sales. Explore where 'selling = begging' comes from before she rules out the agency path.",
    },
    {
      id: "demo-note-priya-team",
      sharedWithTeam: true,
      daysAgo: 6,
      body: "Priya prefers Friday sessions (she is in IST). Sam may cover her session in the week of the 14th while I am away.",
    },
  ];
  for (const note of notes) {
    await db.coachNote.upsert({
      where: { id: note.id },
      create: {
        id: note.id,
        practiceId,
        clientId: "demo-client-priya",
        authorUserId: "demo-user-maya",
        body: note.body,
        sharedWithTeam: note.sharedWithTeam,
        createdAt: daysAgo(note.daysAgo, 17),
      },
      update: {},
    });
  }
  // The audit log's story of the same weeks, so an owner opening it finds sentences about real rows.
  const trail = [
    ...PROJECTS.map((project) => ({
      id: `demo-audit-assign-${project.key}`,
      action: "projects.assign",
      targetType: "project",
      targetId: `demo-project-${project.key}`,
      at: daysAgo(project.createdDaysAgo, 10),
    })),
    ...notes.map((note) => ({
      id: `demo-audit-${note.id}`,
      action: "clients.addNote",
      targetType: "note",
      targetId: note.id,
      at: daysAgo(note.daysAgo, 17),
    })),
  ];
  for (const event of trail) {
    await db.auditEvent.upsert({
      where: { id: event.id },
      create: {
        id: event.id,
        practiceId,
        actorUserId: "demo-user-maya",
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        data: {},
        createdAt: event.at,
      },
      update: {},
    });
  }
  return { projects: PROJECTS.length };
}
