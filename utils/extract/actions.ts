// Step 4c: follow-up actions — clauses in which someone commits to do something after the meeting
// (report back, circulate, write to, review, bring a further report, arrange, investigate). The
// phrasings follow the catalogue in ../shared/ACTIONS.md and real minutes of many councils.
// A trigger needs a future or obligation form (would/will/be/to, "agreed to", "undertook to",
// "Clerk to …"); noting, agreeing that something was so, history, thanks and opinions are not
// actions, and a delegation of powers is one only when it names a task or a date. Owners and due
// dates are read in ./action-parts.ts.
import type { Action, ActionKind } from '../types';
import { dueOf, ownerOf, speakerOf, type DueContext } from './action-parts';

export { dueOf, ownerOf, type DueContext } from './action-parts';

/** Verbs that promise work when something "would be / be / to be …" done. One per line. */
const PROMISED_PASSIVE = [
  'submitted',
  'presented',
  'brought back',
  'brought to',
  'reported back',
  'reported to',
  'reported at',
  'reported on',
  'circulated',
  'shared',
  'distributed',
  'emailed',
  'e-mailed',
  'forwarded',
  'sent out',
  'sent to',
  'made available',
  'arranged',
  'organised',
  'explored',
  'pursued',
  'investigated',
  'looked into',
  'followed up',
  'fed back',
  'prepared',
  'produced',
  'drafted',
  'undertaken',
  'carried out',
  'reviewed (?:in|after|within|at|by|annually|again)',
  'revisited',
  're-?considered',
  'given further consideration',
  'considered further',
  'considered at (?:a|the) (?:future|next|following)',
  'considered by (?:the )?(?:next|a future)',
  'convened',
  'scheduled',
  'commissioned',
  'chased',
  'provided to',
  'provided for',
  'sought',
  // "That a task group be set up / established to review …".
  'set up',
  'established',
  // "subject to the following item being added for the next meeting".
  'added (?:to|for) (?:the|a|its|their) (?:next|future|following|forward|work)',
  // "the petition would be passed to the appropriate department", "congratulations be passed on".
  'passed to',
  'passed on',
  // "Northern Ireland Water should be invited to attend the January meeting".
  'invited to attend',
  // "The matter is to be placed on the next agenda".
  'placed on',
  'put on',
].join('|');

/**
 * Weaker verbs: a promise only in reported speech ("would be enhanced"), where minutes record what
 * someone said would happen; as a resolution's "be …" they are usually the decision itself.
 */
const REPORTED_PASSIVE = [
  'enhanced',
  'improved',
  'updated',
  'amended',
  'clarified',
  'confirmed',
  'raised',
  'developed',
  'monitored',
  'progressed',
  'taken forward',
  'provided',
  'set up',
  'repaired',
  'replaced',
  'completed',
  'resolved',
  'written',
  'contacted',
  'informed',
  'advised',
  'invited',
  // "would be included in the published document", "would be added to the website".
  'included in',
  'added to',
  'published',
].join('|');

/** Verbs that are a promise after "would/will" whoever the subject is. */
const PROMISE_VERBS = [
  'report back',
  'write to',
  'write out',
  'circulate',
  'liaise',
  'respond',
  'reply',
  'follow up',
  'look into',
  'look at',
  'come back',
  'feed back',
  'investigate',
  'arrange',
  'confirm',
  'clarify',
  'chase',
  'contact',
  'pursue',
  'send',
  'email',
  'e-mail',
].join('|');

/** Verbs that are a promise after "would/will" when a person or body is the subject. */
const AGENT_VERBS = [
  'provide',
  'review',
  'consider',
  'discuss',
  'meet',
  'raise',
  'update',
  'bring',
  'present',
  'submit',
  'prepare',
  'produce',
  'draft',
  'amend',
  'refer',
  'invite',
  'seek',
  'ask',
  'identify',
  'publish',
  'visit',
  'speak',
  'consult',
  'engage',
  'make',
  'take',
  'monitor',
  'obtain',
  'apply',
  'establish',
  'set up',
  'convene',
  'share',
  'explore',
  'inform',
  'notify',
  'report',
  'look',
  'check',
  'examine',
  'work with',
  // "the Democratic Services Manager shall survey Member preferences".
  'survey',
  // "Cllr Grey would sign the acceptance of office" (signing the minutes is this meeting's business).
  'sign(?!\\s+(?:the\\s+|these\\s+|them\\s+)?(?:minutes|as a (?:true|correct)))',
  // "The chairman and vice-chairman will decide on how …": a decision still to be taken.
  'decide',
  // Parish tasks: "PT will pick up the road sign".
  'pick up',
  'collect',
  // Parish business: "The Clerk would advertise the vacancy", "would order the new bins".
  'advertise',
  'order',
  'organise',
  'source',
  'put together',
  'compile',
  'pass',
  'forward',
  'request',
  'ascertain',
  'find out',
  'ensure',
  'keep',
].join('|');

/** "… would be making representations": the future progressive of work to be done. */
const PROGRESSIVE = [
  'making',
  'discussing',
  'reporting',
  'bringing',
  'writing',
  'contacting',
  'arranging',
  'reviewing',
  'exploring',
  'looking',
  'meeting',
  'seeking',
  'preparing',
  'presenting',
  'submitting',
  'circulating',
  'sending',
  'providing',
  'liaising',
  // "events which would be taking place" is a forecast, not work.
  'taking(?!\\s+place)',
  'carrying out',
  'undertaking',
  'consulting',
  'investigating',
  'pursuing',
  'progressing',
  'working',
  'engaging',
].join('|');

/** Things a body is asked or agrees "to" do that are decisions at the meeting, not later work. */
const AT_MEETING =
  'a|an|the|this|these|that|be|note|receive|make comments?|comment|speak|introduce|present|answer|vote|leave|attend the|approve|adopt|accept|endorse|support|defer|grant|refuse|agree|recommend|exclude|waive|suspend|determine|decide|consider whether|move|second|abstain|withdraw|award|appoint|indicate|keep comments';

/** Delegated powers: granting these is a decision, not a promise (unless a date or task is named). */
const POWER_VERB =
  /^(?:approve|agree|enter|award|finali[sz]e|sign|execute|negotiate|determine|accept|dispose|acquire|let|grant|vary|conclude|complete|procure|appoint|exercise|take|make|refresh|update|amend|und\b|undertake all)/i;

// Roles and people that can owe an action, used to tell "officers would provide" from "the
// scheme would provide".
const AGENT = String.raw`(?:\b(?:he|she|they|we|I)\b|\b[Oo]fficers?\b|\b[Mm]embers\b|\b(?:Clerk|Chamberlain|Officer|Director|Manager|Co-?ordinator|Chair(?:man|person)?|Leader|Mayor|Chief Executive|Treasurer|Solicitor|Counsel|Lead|Cabinet Member|Portfolio Holder|Head of|Commissioner|Secretary|RFO|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Council|Committee|Cabinet|Board|Panel|Executive|Directorate|Team|Service|Group|Partnership)\b|\b(?:team|service|department|directorate)\b|\b(?:clerk|chairman|chairperson|vice-chairman|treasurer|councillors?)\b)`;

interface Trigger {
  kind: ActionKind;
  /** Lower-case words the trigger cannot match without: "|" any of, "/" between groups that must all hit. */
  hint: string;
  re: RegExp;
  /** The words before the trigger must name a person or body ("officers would provide …"). */
  agent?: boolean;
  /** The match itself starts with the one who acts ("Clerk to …"). */
  lead?: boolean;
  /**
   * A request that something "be done" binds only when the meeting makes it ("Members asked that
   * …"): one councillor's wish ("Councillor Grey requested that signs be erected") is a proposal.
   */
  bodyAsks?: boolean;
  /** The words name who asks for the work, never who does it. */
  ownerless?: boolean;
}

/** "… be circulated at this meeting / at the meeting": done now, not later. */
const NOT_NOW = String.raw`(?!\s+(?:at|during|in|by)\s+(?:(?:this|today|the present|tonight)\b|the meeting\b(?!\s+(?:of|on|in|to|held|scheduled)\b)))`;

const FUT = String.raw`(?:(?<!\b(?:was|were)\s)to be|(?<!\b(?:was|were)\sto\s)(?<!\b(?:may|might|can|could)\s)be|(?<!\b(?:was|were|is|are)\s)(?<!\b(?:on|upon)\s+(?:the\s+)?\w+\s)being|would be|will be|should be|shall be|must be|is to be|are to be|would first be|will first be|would need to be|will need to be|would also be|will also be|also be)`;

/** A role at the head of a shorthand action ("Clerk to …", "the Scrutiny Coordinator email …"). */
const LEAD_ROLE = String.raw`(?:[A-Z][\w'-]+\s+){0,4}(?:[Cc]lerk|RFO|[Oo]fficers?|Chair(?:man|person)?|Treasurer|Director|Manager|Co-?ordinator|Leader|Chamberlain|Secretary|Head of(?: [A-Z][\w'-]+)+|Cllrs?\.? [A-Z][\w'-]+|Councillors? [A-Z][\w'-]+)`;

/** Words that give a shorthand note's noun phrase a verb of its own ("the hedge needed to be cut"). */
const NP_STOP = [
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'would',
  'will',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
  'do',
  'needs?',
  'needed',
  'wants?',
  'wanted',
  'seems?',
  'seemed',
  'appears?',
  'appeared',
  'expected',
  'hoped',
  'likely',
  'going',
  'due',
  'about',
  'yet',
  'still',
  'said',
  'stated',
  'reported',
  'explained',
  'noted',
  'felt',
  'asked',
  'agreed',
  'decided',
  'resolved',
  'confirmed',
  'advised',
  'informed',
  'used',
  'able',
  'not',
  'that',
  'who',
  'which',
  'what',
  'whether',
  'how',
  'where',
  'when',
  'if',
  'order',
  'continues?',
  'continued',
  'remains?',
  'remained',
  'ought',
].join('|');

/** Tasks a shorthand note sets: "Contractor to be advised …", "Flyers to be put on the notice board". */
const TERSE_TASK = [
  'advised',
  'informed',
  'contacted',
  'asked',
  'notified',
  'invited',
  'chased',
  'put',
  'placed',
  'passed',
  'sent',
  'completed',
  'repaired',
  'replaced',
  'cut',
  'cleared',
  'removed',
  'installed',
  'ordered',
  'obtained',
  'checked',
  'inspected',
  'written',
  'posted',
  'erected',
  'added',
  'included',
  'fixed',
  'purchased',
  'bought',
  'emailed',
  'arranged',
  'organised',
  'investigated',
  'forwarded',
  'referred',
  'followed up',
  'requested',
  'booked',
  'renewed',
  'painted',
  'cleaned',
  'collected',
  'delivered',
  'sorted',
  'trimmed',
  'emptied',
  'returned',
  'displayed',
  'published',
  'updated',
  'reviewed',
  'drafted',
  'prepared',
  'raised',
  'reported',
  'looked into',
  'looked at',
  'carried out',
  'circulated',
].join('|');

export const TRIGGERS: Trigger[] = [
  // Delegations (decided on below: a task or a date makes one a promise).
  {
    kind: 'delegation',
    hint: 'delegat',
    re: /\b(?:be\s+delegated\s+to|delegat(?:e|ed|es)\s+(?:authority\s+)?to|delegated\s+authority\s+(?:be|is|was)\s+(?:given|granted)\s+to|authority\s+(?:be|is)\s+delegated\s+to)\b/i,
  },
  {
    kind: 'referral',
    hint: 'recommended|referred',
    re: /\b(?:be|being)\s+(?:recommended|referred)\s+to\s+(?:the\s+)?(?:full\s+)?[A-Z]|^(?:RECOMMENDED|Recommended)\s*(?:[:–—-]\s*)?to\s+(?:the\s+)?(?:full\s+)?[A-Z]/,
  },
  // "approved for consideration by Council on 22 March", "approved for publication … by 31 December".
  {
    kind: 'report-back',
    hint: 'approved|endorsed|agreed/consideration|publication|submission',
    re: /\b(?:approved|endorsed|agreed)\s+for\s+(?:consideration|publication|submission)\s+(?:by|to|at|on)\b/i,
  },
  {
    kind: 'report-back',
    hint: 'report|update|briefing|outcome|findings|results|details|proposal/submitted|presented|brought|considered|reported|made|taken|provided|given|received',
    re: new RegExp(
      String.raw`\b(?:reports?|updates?|briefings?|outcome|findings|results|details|proposals?)\b[^.;]{0,80}?\b(?<!\bhad (?:to )?)${FUT}\s+(?:re-?)?(?:submitted|presented|brought|considered|reported|made|taken|provided|given|received)\b${NOT_NOW}`,
      'i',
    ),
  },
  {
    kind: 'circulate',
    hint: ' be |being/circulated|shared|distributed|mailed|forwarded|sent|available',
    re: new RegExp(
      String.raw`\b${FUT}\s+(?:re-?)?(?:circulated|shared|distributed|emailed|e-mailed|forwarded|sent out|sent to|made available)\b${NOT_NOW}`,
      'i',
    ),
  },
  {
    kind: 'report-back',
    hint:
      ' be |being/' +
      'submitted|presented|brought|reported|circulated|shared|distributed|mailed|forwarded|sent|available|added|arranged|organised|explored|pursued|investigated|looked|followed|fed|prepared|produced|drafted|undertaken|carried|reviewed|revisited|considered|consideration|convened|scheduled|commissioned|chased|provided|published|sought|set up|established|passed|invited|placed|put on',
    re: new RegExp(
      String.raw`(?<!\bhad (?:to )?)\b${FUT}\s+(?:fully\s+|further\s+|formally\s+|first\s+|then\s+)?(?:explored\s+and\s+)?(?:re-?)?(?:${PROMISED_PASSIVE})\b${NOT_NOW}`,
      'i',
    ),
  },
  {
    kind: 'undertaking',
    hint:
      'would|will|shall/' +
      'enhanced|improved|updated|amended|clarified|confirmed|raised|developed|monitored|progressed|taken|considered|provided|included|added|published|set up|repaired|replaced|completed|resolved|written|contacted|informed|advised|invited',
    re: new RegExp(
      String.raw`\b(?:would|will|shall)\s+(?:also\s+|then\s+)?be\s+(?:${REPORTED_PASSIVE})\b(?!\s+(?:that|with)\b|\s+by\s+(?:the\s+)?[A-Z])`,
      'i',
    ),
  },
  {
    kind: 'report-back',
    hint: 'reported',
    re: /\b(?:is|are|be)\s+(?:also\s+)?reported\s+(?:annually|quarterly|monthly|regularly|yearly|twice|every|each|back)\b/i,
  },
  {
    kind: 'report-back',
    hint: 'back|scheduled|submitted',
    re: /\b(?:would|will|to)\s+report\s+back\b|\breport(?:ing)?\s+back\s+to\b|\bis\s+scheduled\s+for\b|\bre-?submitted\s+to\b/i,
  },
  {
    kind: 'report-back',
    hint: 'return|come back',
    re: /\b(?:would|will|to)\s+(?:return|come back)\s+to\s+(?:a|the)\s+(?:future|next)\b/i,
  },
  {
    kind: 'report-back',
    hint: 'deferred',
    // "deferred to the next meeting", "deferred to allow officers to obtain further information".
    re: /\b(?:was|were|be|being|is|are)\s+deferred\s+(?:(?:to|until)\s+(?:the|a)\s+(?:next|future|following)\b|(?:to\s+allow|pending|so\s+that|in\s+order\s+(?:that|to))\b)/i,
  },
  {
    kind: 'review',
    hint: 'review',
    re: /\b(?:would|will|should|shall)\s+(?:re-?)?review\b|\breview\s+(?:to be|would be|will be|be|being)\s+(?:undertaken|carried out|conducted)\b/i,
  },
  // Someone takes the work on: "undertook to", "agreed to liaise", "intends to report", "was asked to provide".
  {
    kind: 'undertaking',
    hint: 'undert|offered|promised|agreed|asked|requested|intend|intention',
    re: new RegExp(
      String.raw`(?<!\b(?:has|have|had)(?:\s+(?:since|already|now|previously))?\s)\b(?:undertook|undertake|offered|promised|agreed|intends|intend|intention|was asked|were asked|was requested|were requested|been asked|be asked|be requested|be instructed|being asked)\s+to\s+(?!(?:${AT_MEETING})\b)[a-z]+`,
      'i',
    ),
  },
  {
    kind: 'undertaking',
    hint: 'asked|requested|instructed',
    re: new RegExp(
      String.raw`(?<!\b(?:has|have|had)(?:\s+(?:since|already|now|previously))?\s)\b(?:requested|asked|instructed)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,4}|(?:panel\s+)?members\s+|officers\s+|(?:the\s+)?(?:panel|committee|board|council)\s+|him\s+|her\s+|them\s+)to\s+(?!(?:${AT_MEETING})\b)[a-z]+`,
    ),
  },
  {
    kind: 'undertaking',
    hint: 'instructed|requested|directed|asked/that',
    // "been sent" is a misprint of "be sent" seen in real minutes; no tense reads that way.
    re: /(?<!\b(?:has|have|had)\s)\b(?:instructed|requested|directed|asked)\s+that\b[^.;]{0,200}?\b(?:be(?:en)?\s+(?:[a-z]+ed|sent|given|written|taken|made|put)|(?:officers|they|the\s+(?:[A-Z][\w'’-]*\s+){1,4})\s*(?:provide|submit|report|bring|circulate|prepare|investigate|write|arrange|contact|review|present|update|liaise|explore|look|follow up)s?)\b/i,
    bodyAsks: true,
  },
  {
    kind: 'undertaking',
    hint: 'will',
    re: /\bI\s+will\s+(?!not\b)[a-z]+|\bwe\s+will\s+(?:ask|write|provide|confirm|report|circulate|send|look|update|arrange|respond|check|investigate|share|come back|bring|follow)\b/,
  },
  {
    kind: 'undertaking',
    hint: 'would|will|liaise',
    re: new RegExp(
      String.raw`\b(?:would|will)\s+(?:also\s+|then\s+|now\s+)?(?:${PROMISE_VERBS})\b|\bto\s+liaise\s+with\b`,
      'i',
    ),
  },
  {
    kind: 'undertaking',
    hint: 'would|will|shall',
    agent: true,
    re: new RegExp(
      String.raw`\b(?:would|will|shall)\s+(?:also\s+|then\s+|now\s+|personally\s+)?(?:${AGENT_VERBS})\b`,
      'i',
    ),
  },
  {
    kind: 'undertaking',
    hint: 'would|will/ing',
    agent: true,
    re: new RegExp(String.raw`\b(?:would|will)\s+(?:also\s+|now\s+)?be\s+(?:${PROGRESSIVE})\b`, 'i'),
  },
  {
    kind: 'undertaking',
    hint: 'currently|now|presently/ing',
    agent: true,
    re: /\b(?:is|was|are|were)\s+(?:currently|now|presently)\s+(?:exploring|investigating|looking into|reviewing|pursuing|seeking|preparing|drafting|working on)\b/i,
  },
  { kind: 'undertaking', hint: 'responsible', re: /\b(?:will|would|to)\s+be\s+responsible\s+for\s+[a-z]+ing\b/i },
  {
    kind: 'undertaking',
    hint: 'attend',
    re: /\bto\s+attend\s+(?:future|the next|a future|subsequent|forthcoming)\b[^.;]{0,40}?\bmeetings?\b/i,
  },
  {
    kind: 'undertaking',
    hint: 'consultation|consult',
    re: /\b(?:progression|proceed|progress)\s+to\s+(?:a\s+)?(?:statutory|public|formal|further)\s+consultation\b|\b(?:consultation|engagement)\s+(?:be|to be|would be|will be)\s+(?:undertaken|carried out|commenced|launched)\b/i,
  },
  // A decision to consult is work still to do: "authorised public consultation on …", "was issued for
  // a six week public consultation", "be published for consultation".
  {
    kind: 'undertaking',
    hint: 'consultation',
    re: /\b(?:authori[sz]ed|approved|agreed|endorsed|commissioned|launched|be|was|were)\s+(?:the\s+|a\s+)?(?:(?:commencement|start|launch)\s+of\s+(?:a\s+|the\s+)?)?(?:(?:\w+[- ]week|statutory|public|formal|further|targeted|informal|full)\s+){1,3}consultation\b|\b(?:issued|published|released|made available|go out|went out|sent out|put out)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:(?:\w+[- ]week|\w+ weeks?'?|statutory|public|formal|further|targeted|informal)\s+){0,3}consultation\b/i,
  },
  { kind: 'other', hint: 'write', re: /\b(?:writes?|write)\s+to\s+the\b(?=[^.]*\bon behalf of\b)/i },
  // Shorthand at the head of a clause: "Clerk to apply for a grant", "Chair to send a message",
  // and the resolution's subjunctive "the Scrutiny Coordinator email all members …".
  {
    kind: 'undertaking',
    hint: 'clerk|rfo|officer|chair|treasurer|cllr|councillor|director|manager|coordinator|co-ordinator|leader|head of|chamberlain|secretary',
    // Two roles may share the task: "The Chair and Vice Chair meet to prioritise the topics".
    re: new RegExp(
      String.raw`^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that\s+)?(?:the\s+)?${LEAD_ROLE}(?:\s+(?:and|&)\s+(?:the\s+)?${LEAD_ROLE})?(?:\s+to\s+|\s+(?=(?:email|e-mail|write|report|circulate|contact|arrange|provide|prepare|liaise|investigate|review|send|bring|update|consult|explore|pursue|seek|identify|ask|obtain|chase|check|draft|meet)\b))(?!be\b|have\b|the\b)[a-z]+`,
    ),
    lead: true,
  },
  // A promise with a deadline in the passive: "the lights would be repaired by the end of February 2024".
  {
    kind: 'undertaking',
    hint: 'would|will|shall',
    re: /\b(?:would|will|shall)\s+be\s+(?!noted\b|aware\b|able\b|held\b|grateful\b|happy\b)[a-z]+ed\b[^.;]{0,60}?\b(?:by|before|within|until|to(?:\s+at\s+least)?(?=\s+the\s+end\b))\s+(?:the\s+end\s+of\s+|no later than\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|the\s+(?:next|end)\b)/i,
  },
  // An explicit action line: "ACTION: Democratic Services to circulate the slides". A bare
  // "Action by: <officer>" names no task and is not one.
  {
    kind: 'undertaking',
    hint: 'action',
    // "Action: To be put on the notice board" (the thing is named in the sentence before).
    re: /^(?:ACTIONS?|Actions?|Action point)\s*[:–—-]\s*(?:[^.:;]{0,80}?\s)?to\s+(?:be\s+(?!be\b))?[a-z]+/,
    lead: true,
  },
  // The meeting asks for a paper: "Members requested a briefing note on …".
  {
    kind: 'report-back',
    hint: 'requested|asked for/report|briefing|update|note|breakdown|response|presentation|visit|workshop',
    re: /(?<!\b(?:has|have|had)\s)\b(?:requested|asked for)\s+(?:that\s+)?(?:a|an)\s+(?:further\s+|written\s+|detailed\s+|short\s+|progress\s+|full\s+)?(?:report|briefing|update|note|breakdown|response|presentation|site visit|workshop)\b/,
    bodyAsks: true,
    ownerless: true,
  },
  // A resolution naming who acts, in the indicative: "That the Chief Executive writes to the
  // Secretary of State", "(2) That the Head of Housing reports back in June".
  {
    kind: 'undertaking',
    hint: 'that',
    re: /^(?:\(?[a-z0-9]{1,4}[.)]\s*)?That\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+|(?:of|and|for)\s+){1,6}(?:writes|contacts|liaises|investigates|reports\s+back|arranges|circulates|submits|brings|prepares|explores|undertakes|produces|presents)\b/,
    lead: true,
  },
  // "be further evaluated", "to be further developed": "further" puts the work after the meeting.
  {
    kind: 'undertaking',
    hint: ' be |being/further',
    re: new RegExp(String.raw`\b${FUT}\s+further\s+(?!noted\b|agreed\b|resolved\b|recommended\b)[a-z]+ed\b`, 'i'),
  },
  // A resolution's clause in the indicative: "(iii) That the Review is shared with the Scrutiny
  // Committee", "That the minutes are re-submitted to a future meeting".
  {
    kind: 'report-back',
    hint: 'that/ is | are ',
    re: new RegExp(
      String.raw`^(?:\(?[a-z0-9]{1,4}[.)]\s*)?That\s+[^.;]{0,120}?\b(?:is|are)\s+(?:also\s+)?(?:re-?)?(?:${PROMISED_PASSIVE})\b${NOT_NOW}`,
    ),
  },
  // Authority to carry out a task, not merely to decide: "be authorised, in consultation with the
  // Portfolio Holder, to assess the outcome of the tender evaluation" (decided on like a delegation).
  {
    kind: 'delegation',
    hint: 'authori',
    re: /\b(?:be|is|are|was|were)\s+(?:hereby\s+)?authori[sz]ed\b/i,
  },
  // "To receive a further update on a 3 monthly basis": a report still to come, with its timing.
  {
    kind: 'report-back',
    hint: 'receive/further|regular|progress|follow-up|annual|quarterly|monthly',
    re: /\breceives?\s+(?:a\s+|an\s+)?(?:(?:regular|annual|quarterly|six-monthly|monthly)\s+(?:[a-z]+\s+){0,2}?(?:reports?|updates?|briefings?)\b|(?:further|follow-up|progress)\s+(?:[a-z]+\s+){0,2}?(?:reports?|updates?|briefings?)\b(?=[^.;]{0,80}\b(?:basis|future|next|months?|years?|quarterly|annually|regularly|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b))/i,
  },
  // Parish minutes' shorthand: "Contractor to be advised that …", "Additionally, Fire and Ambulance
  // Services to be contacted", "It was agreed work to be completed on Saturday 1st May": a noun
  // phrase with no verb of its own, then "to be" and the task.
  {
    kind: 'undertaking',
    hint: 'to be',
    re: new RegExp(
      String.raw`^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:(?:additionally|also|further|finally|then)\s*,?\s+)?(?:(?:it\s+was\s+)?(?:agreed|resolved|decided)\s*(?:that\s+)?)?(?!(?:date|time|venue)\b)(?:(?!(?:${NP_STOP})\b)[\w'’&(),-]+\s+){1,10}?to\s+be\s+(?:re-?)?(?:${TERSE_TASK})\b`,
      'i',
    ),
  },
  // Papers promised for later: "formal invitations would follow", "details will follow".
  {
    kind: 'circulate',
    hint: 'follow',
    re: /\b(?:invitations?|details|information|papers?|letters?|confirmation|a\s+(?:report|response|reply|note|briefing))\s+(?:would|will)\s+(?:also\s+)?follow\b/i,
  },
  // A request the council makes of another body: "could we request that the verge … is repaired",
  // "Electronic consultation – request 1 hard copy is also forwarded to the Parish Council".
  {
    kind: 'undertaking',
    hint: 'request',
    re: /(?:^|[–—:]\s*|\b(?:we|to|will|would|shall)\s+)request\s+(?:that\s+)?(?!(?:was|were|is|had|has)\b)[^.;]{0,150}?\b(?:is|are|be)\s+(?:also\s+)?(?:re-?)?[a-z]+(?:ed|ward|sent|cut|put|done|made)\b/i,
  },
  // "it was resolved for the Clerk to write to the Police".
  {
    kind: 'undertaking',
    hint: 'resolved|agreed|decided/ for ',
    re: new RegExp(
      String.raw`\b(?:resolved|agreed|decided)\s+for\s+(?:the\s+)?(?:${LEAD_ROLE}|[A-Z]{2,3}|(?:[A-Z][\w'’-]*\s+){0,3}(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer))\s+to\s+(?!(?:${AT_MEETING})\b)[a-z]+`,
    ),
    lead: true,
  },
  // "That the proposal to consult on the future of the home … be approved": a consultation to run.
  {
    kind: 'undertaking',
    hint: 'consult/approved|agreed|endorsed',
    re: /\b(?:proposals?|decision|intention|recommendation)\s+to\s+(?:consult|undertake\s+(?:a\s+|the\s+)?consultation)\b[^.;]{0,200}?\b(?:be|is|was|were)\s+(?:approved|agreed|endorsed)\b/i,
  },
  // A decision list's "Authorised the Director of Governance to implement the order": a task for a
  // named officer (decided on like a delegation).
  {
    kind: 'delegation',
    hint: 'authori',
    re: new RegExp(
      String.raw`^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:That\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,3})?[Aa]uthori[sz](?:e|es|ed)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+|(?:of|and|for)\s+){0,6}(?:Director|Manager|Officer|Head of|Clerk|Chief Executive|Solicitor|Treasurer|Secretary)\b`,
    ),
  },
];

/** Questions, hopes and views before the trigger: "asked whether officers would …", "hoped the Council would …". */
const NOT_PROMISE =
  /\b(?:(?:asked|queried|enquired|questioned|wondered)\s+(?:what|whether|if|how|why|when|who|which|about)|hoped|hopes|felt|believed|wished|trusted|whether|views?\s+on)\b/i;
/** A question put in the minutes' words: "… and if so, could this be shared". */
const ASKS =
  /\b(?:could|can|would|will|should|shall|might)\s+(?:this|these|that|those|it|they|he|she|officers|members)\s+(?:also\s+)?$/i;
/** One member's request: "Councillor Grey requested that …", "She asked that …". */
const ONE_ASKER =
  /(?:\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){1,3}|\b(?:[Hh]e|[Ss]he)\s+|\b(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:[Mm]ember|[Cc]ouncillor)\s+)(?:also\s+|then\s+|further\s+)?$/;
/**
 * The second verb of a past-perfect pair: "he had written to both MPs … and requested them to …"
 * tells what was already done.
 */
/** A public speaker's line in the minutes: "Mrs Green: In relation to item 6, requested that …". */
const SPEAKER_LABEL = /^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*:/;
/**
 * Parish minutes name members by their initials: "… but PT will make an informal approach",
 * "JS to investigate". Two or three capitals right before the verb, at a clause's start.
 */
const INITIALS_BEFORE = /(?:^|[.;,:–—-]\s*|\b(?:and|but|then|so)\s+)[A-Z]{2,3}\s+$/;
/** A sum or budget before "be made available". */
const MONEY = /£\s?\d|\b(?:funding|funds?|budget|sum|grant|money|monies|contribution|resources?)\b/i;
/** "The Monitoring Officer will report to the meeting on any questions": at this meeting. */
const THIS_MEETING =
  /^[^.;]{0,30}?\b(?:to|at)\s+(?:this|the|today['’]s|tonight['’]s)\s+meeting\b(?!\s+(?:of|in|to be|held|scheduled)\b|\s+on\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d))/i;
const PAST_PAIR = /\bhad\s+(?:already\s+|previously\s+)?[a-z]+(?:ed|en|tten|ought|ade|ent)\b[^.;]*\band\s+$/i;
const NEGATED = /\b(?:not|no longer|never|unable|declined)\b[^.]{0,25}$/i;
/** The meeting's own business and boilerplate, never a follow-up. */
const PROCEDURAL =
  /\b(?:correct record|late items?|urgent business|agenda order|order of (?:the )?(?:agenda|business)|taken (?:first|next|as the first)|who (?:will|would) report to|lateness|when the meeting (?:reache[sd]|gets? to)|declarations? of (?:pecuniary |personal |other )?interests?|be signed by|working days of|admission of|under part b|later in the meeting|in (?:closed|private|exempt) session|(?:motion|item|amendment)\s+(?:be|is|was)\s+(?:removed|withdrawn)\b)\b/i;
/** Agenda furniture in the future tense: "Up to thirty minutes will be made available for questions …". */
const BOILERPLATE =
  /^(?:up to|a maximum of|not more than)\s+(?:\w+\s+){0,2}minutes\b|\b(?:minutes|time)\s+(?:will|would|shall)\s+be\s+(?:made\s+)?(?:available|allowed|allocated)\s+for\b/i;
/**
 * Headings whose text argues for a decision rather than promising work: "Reason for decision",
 * "Other options considered". A sentence under one ("The task forces would provide …") is no action;
 * the section runs to the next short heading-like line.
 */
const RATIONALE =
  /^(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?|urgency)|other\s+options\s+(?:considered|rejected)|alternative\s+options(?:\s+(?:considered|rejected))?|options\s+considered)\b\s*[:–—-]?\s*/i;
/** Events of an earlier meeting, told as history. */
const HISTORY = /^(?:at|during)\s+(?:that|its|their|the (?:last|previous))\s+meeting\b/i;
/** "the report be noted" as the whole clause. */
const NOTED_ONLY =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that\s+)?the\s+(?:report|update|minutes?)\b[^.]{0,80}\bbe\s+noted\b/i;
const AGENT_RE = new RegExp(AGENT);
const MAX_SENTENCE = 600;

const LIST_START = /^\s*(?:[-•·]|\(?[a-z0-9]{1,3}[.)]\s|\d{1,2}\.\s)/;
const ITEM = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+/;

/** Sentences of a block; list items stand alone, or join the lead-in that they complete. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  // Lines wrapped by page width (PDF text) continue the sentence; a line ending in . ! ? ; : closes it.
  // Short lines are headings or labels, and a list marker starts a new clause. A quotation closed
  // after its full stop ('… Church Street."') closes the line too.
  // (A loop, not one regex over the whole text: a single 5 MB regex run stays in V8's slow tier.)
  const paras: string[] = [];
  let joinNext = false;
  // Bullets run into one line ("… passed away. • The Chairperson asked …") are list items too.
  const lines = text.includes('•') ? text.replace(/[ \t]+•[ \t]+/g, '\n• ') : text;
  for (const line of lines.split('\n')) {
    if (joinNext && line && !LIST_START.test(line)) paras[paras.length - 1] += ' ' + line;
    else if (line) paras.push(line);
    joinNext = line.length >= 40 && !/[.!?;:]["”’']?$/.test(line.slice(-2)) && !/\n$/.test(line);
  }
  let lead: { text: string; each: boolean } | null = null;
  for (const para of paras) {
    let p = para.replace(/^\s*[-•·]\s+/, '').trim();
    if (!p) continue;
    // A lead-in ending "… to:" gives each item its subject and verb ("delegated to the Director to:
    // a. identify …"); other lead-ins that items merely continue ("… within: (a) in the case of …").
    if (lead && ITEM.test(p)) {
      if (lead.each) p = `${lead.text} ${p.replace(ITEM, '')}`;
      else {
        out[out.length - 1] += ' ' + p.replace(ITEM, '');
        continue;
      }
    } else if (lead && !lead.each && /^[a-z]/.test(p)) {
      out[out.length - 1] += ' ' + p;
      lead = null;
      continue;
    } else lead = null;
    if (
      /:\s*$/.test(p) &&
      p.length > 30 &&
      !/\b(?:resolved|agreed|noted|following|as follows|points?)\b[^:]*:\s*$/i.test(p)
    ) {
      const each = /\bto\s*:\s*$/.test(p);
      lead = { text: p.replace(/:\s*$/, ''), each };
      if (each) continue;
    }
    let start = 0;
    const re = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z(])|;\s+(?=\(?[a-z0-9]{1,3}\)\s)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p))) {
      // "Cllr. X", "No. 5", "para. 2": abbreviations do not end a sentence.
      if (
        /\b(?:Cllr|Mr|Mrs|Ms|Dr|No|para|St|approx|cf|e\.g|i\.e|etc|Co|Ltd|Nos|s)$/i.test(
          p.slice(Math.max(0, m.index - 6), m.index),
        )
      )
        continue;
      out.push(p.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    out.push(p.slice(start).trim());
  }
  return out.filter((s) => s.length > 8);
}

/** Per sentence (lower case): which TRIGGERS (by index) could match it; a speed-up only. */
export type TriggerGate = (lower: string) => (trigger: number) => boolean;

/** The first trigger of a clause, or null. */
function triggerOf(s: string, may: ((i: number) => boolean) | undefined): { t: Trigger; m: RegExpExecArray } | null {
  for (let ti = 0; ti < TRIGGERS.length; ti++) {
    if (may && !may(ti)) continue;
    const t = TRIGGERS[ti];
    const m = t.re.exec(s);
    if (!m) continue;
    if (NEGATED.test(s.slice(Math.max(0, m.index - 40), m.index + m[0].length - (m[0].match(/\S+$/)?.[0].length ?? 0))))
      continue;
    // A question or a hope governs only its own clause: "Members asked about X and the Head undertook to …".
    const head = s.slice(0, m.index);
    if (NOT_PROMISE.test(head.slice(Math.max(0, head.lastIndexOf(' and '))))) continue;
    if (ASKS.test(head)) continue;
    if (/^(?:asked|requested|instructed|agreed|undertook|offered|promised)\b/i.test(m[0]) && PAST_PAIR.test(head))
      continue;
    if (t.bodyAsks && (ONE_ASKER.test(head) || SPEAKER_LABEL.test(head))) continue;
    if (t.agent && !AGENT_RE.test(s.slice(Math.max(0, m.index - 120), m.index)) && !INITIALS_BEFORE.test(head))
      continue;
    // Money "made available" is the decision to fund, not a paper to be circulated.
    if (/made available\s*$/i.test(m[0]) && MONEY.test(head)) continue;
    if (t.agent && THIS_MEETING.test(s.slice(m.index + m[0].length))) continue;
    if (t.kind === 'delegation' && !delegatesTask(s.slice(0, m.index), s.slice(m.index + m[0].length))) continue;
    return { t, m };
  }
  return null;
}

/** After "delegated to <officer>": a task ("to identify …", "responsibility for establishing") or a date. */
function delegatesTask(before: string, after: string): boolean {
  // A deadline, not any date: "the minutes of the meeting held on 29 October 2024" sets none.
  if (
    /\b(?:by|before|until|from|no later than)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b|\bby\s+(?:the\s+end|no later)\b/.test(
      before + after,
    )
  )
    return true;
  if (/\bresponsibility\s+for\s+[a-z]+ing\b/i.test(before)) return true;
  const m = /^[^;:]{0,160}?\bto\s*:?\s+((?:[a-z]+(?:\s+|$)){1,3})/i.exec(after);
  return !!m && !POWER_VERB.test(m[1]);
}

/**
 * Two promises joined in one sentence ("… email all members, and the matter be given further
 * consideration at the next meeting") are two actions: the parts at ", and"/"and the"
 * that each carry a trigger.
 */
function clauses(s: string): string[] {
  if (!/\sand\s/.test(s)) return [s];
  const parts = s.split(
    /,?\s+and\s+(?=(?:the|a|an|that|officers?|members?|[A-Z][a-z]+|[A-Z]{2,3})\s[^,;]{0,80}?\b(?:be|would|will|should|confirmed|agreed|undertook|advised|requested)\b)/,
  );
  return parts.length > 1 ? parts : [s];
}

/**
 * The text less its rationale: a "Reason for decision" heading and the paragraph under it (to the
 * first line that ends a sentence), or a line that opens with the label ("Reasons – …"). What
 * follows that paragraph (the minutes' own narrative) is kept.
 */
function withoutRationale(text: string): string {
  if (!/reason|options/i.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/^\s*[-•·]\s+/, '').trim();
    const m = RATIONALE.exec(l);
    if (!m) {
      out.push(lines[i]);
      continue;
    }
    if (l.length - m[0].length > 2) continue;
    // The heading alone: skip the paragraph under it, wrapped lines included.
    for (let j = i + 1; j < lines.length && j <= i + 15; j++) {
      i = j;
      if (/[.!?]["”’']?\s*$/.test(lines[j])) break;
    }
  }
  return out.join('\n');
}

/** The label a ModernGov page puts before what the meeting did: "Minutes:", "Decision:". */
const OUTCOME_LABEL = /^(?:minutes|decisions?)\s*:?\s*$/i;
const OUTCOME_INLINE = /(?:^|[.!?:;)]\s*|\s)(?:Minutes|Decisions?)\s*:\s*(?=\S)/;
/** Longer than this, text before a label is minutes in their own right, not an agenda blurb. */
const MAX_BLURB = 800;

/**
 * An item's text from its first outcome label on. Meeting pages print the agenda's wording first
 * ("Any proposed changes to committees will be reported to the Council meeting.") and what the
 * meeting did after "Minutes:"/"Decision:" — on its own line, or glued into a table row ("… PDF
 * 218 KB The questions will be circulated. Minutes:The Mayor …"). A promise in the blurb is the
 * agenda's, not one made at the meeting.
 */
export function outcomePart(text: string): string {
  if (!/minutes|decision/i.test(text)) return text;
  let at = 0;
  for (const line of text.split('\n')) {
    if (at > MAX_BLURB) return text;
    const l = line.replace(/^\s*[-•·]\s+/, '').trim();
    if (OUTCOME_LABEL.test(l)) return text.slice(at + line.length + 1);
    const m = OUTCOME_INLINE.exec(line);
    if (m && m.index + m[0].length <= MAX_BLURB) return text.slice(at + m.index + m[0].length);
    at += line.length + 1;
  }
  return text;
}

/**
 * "… acknowledged that the licensing officers had dealt with it and requested that they follow up
 * …": the ones asked are the plural agents named just before.
 */
function askedThem(c: string): string | null {
  const k = c.search(/\b(?:asked|requested|instructed)\s+(?:that\s+)?(?:they|them)\b/i);
  if (k < 0) return null;
  const named = c.slice(Math.max(0, k - 200), k).match(/\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?:officers|team|staff)\b/g);
  return named ? named[named.length - 1] : null;
}

/** Actions in a block of text (an item's minutes, a resolution). */
export function findActions(text: string, ctx: DueContext, gate?: TriggerGate): Action[] {
  const out: Action[] = [];
  const seen = new Set<string>();
  let prev = '';
  // "The Leader of the Council:" over "(a) congratulated …", "(b) advised he would …": the one who acts.
  let speaker: string | null = null;
  let speakerLeft = 0;
  for (const raw of sentences(withoutRationale(outcomePart(text)))) {
    const s = raw.length > MAX_SENTENCE ? raw.slice(0, MAX_SENTENCE) : raw;
    const lower = s.toLowerCase();
    const before = prev;
    prev = s;
    const sp = s.length < 100 && /[:–—-]\s*$/.test(s) ? speakerOf(s) : null;
    if (sp) {
      speaker = sp;
      speakerLeft = 12;
    } else if (speakerLeft > 0 && --speakerLeft === 0) speaker = null;
    if (seen.has(lower)) continue;
    if (PROCEDURAL.test(s) || HISTORY.test(s) || BOILERPLATE.test(s)) continue;
    if (lower.includes('noted') && NOTED_ONLY.test(s) && !/\b(?:submitted|circulated|delegated)\b/i.test(s)) continue;
    const may = gate?.(lower);
    const whole = triggerOf(s, may);
    if (!whole) continue;
    seen.add(lower);
    const parts = clauses(s).map((c) => ({ c, hit: c === s ? whole : triggerOf(c, may) }));
    const hits = parts.filter((p) => p.hit);
    const use = hits.length > 1 ? hits : [{ c: s, hit: whole }];
    for (const { c, hit } of use) {
      const { t, m } = hit!;
      const due = dueOf(c.slice(m.index), ctx);
      const d = due.due ? due : dueOf(c, ctx);
      const dd = d.due || d.dueText ? d : dueOf(s, ctx);
      // Whoever asks for the work is not the one who does it.
      let owner = t.ownerless
        ? null
        : t.bodyAsks
          ? ownerOf(c.slice(m.index), 0) // only the one asked ("… that officers provide"), never the asker
          : ownerOf(c, t.lead ? m.index + m[0].length : m.index, before);
      if (!owner) owner = askedThem(c);
      if (!owner && speaker && /^(?:\(?[a-z0-9]{1,3}[.)]\s*[a-z]|(?:[Hh]e|[Ss]he)\b)/.test(c)) owner = speaker;
      // "Action: To be put on the notice board": what is to be put is named in the sentence before.
      const text =
        before && before.length < 300 && /^(?:ACTIONS?|Actions?|Action point)\s*[:–—-]\s*to\s+be\b/i.test(c)
          ? `${before} ${c}`
          : c;
      out.push({
        text,
        kind: t.kind,
        owner,
        due: dd.due,
        dueBasis: dd.dueBasis,
        dueText: dd.dueText,
        evidence: raw,
      });
    }
    if (out.length >= 50) break;
  }
  return dedupe(out);
}

const actionWords = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9£]{2,}/g) ?? []);

/**
 * One promise printed twice (the "Decision:" and "Minutes:" blocks of a ModernGov page, a resolution
 * restating the discussion) is one action: drop one whose words the other holds, bar one word or a tenth.
 */
function dedupe(acts: Action[]): Action[] {
  if (acts.length < 2) return acts;
  const sets = acts.map((a) => actionWords(a.text));
  const drop = new Set<number>();
  for (let i = 0; i < acts.length; i++) {
    for (let j = 0; j < acts.length; j++) {
      if (i === j || drop.has(j) || drop.has(i)) continue;
      const a = sets[i],
        b = sets[j];
      if (a.size > b.size || (a.size === b.size && i < j)) continue;
      // a is the smaller: covered by b?
      let n = 0;
      for (const w of a) if (b.has(w)) n++;
      if (a.size && (n >= a.size - 1 || n / a.size >= 0.9)) drop.add(i);
    }
  }
  return acts.filter((_, i) => !drop.has(i));
}
