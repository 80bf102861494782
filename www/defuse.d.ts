// TypeScript types for Defuse's public API: `window.Defuse`, `window.DefuseSettings`, and
// the DOM events Defuse dispatches on `window`. The loader is dist/defuse.js.

/** Who wrote a message. */
export type DefuseRole = "customer" | "agent";

/** A chat message. */
export interface DefuseMessage {
  role: DefuseRole;
  text: string;
  /** When it was sent, in ms since the epoch. Defaults to now. */
  at?: number;
}

/** The named ranges of the escalation level (0-19, 20-39, 40-59, 60-79, 80-100). */
export type DefuseBand = "calm" | "tense" | "heated" | "hostile" | "critical";

/** The playbook techniques a reply can use. */
export type DefuseTechnique =
  | "respond_now"
  | "listen"
  | "acknowledge"
  | "apologize"
  | "clarify"
  | "ask"
  | "propose"
  | "offer_remedy"
  | "set_boundary"
  | "escalate"
  | "take_private"
  | "thank_and_close"
  | "invite_feedback"
  | "answer";

/** A built-in remedy, by name. */
export type DefuseBuiltinRemedy =
  | "refund"
  | "partial_refund"
  | "credit"
  | "free_month"
  | "replacement"
  | "expedited_shipping"
  | "discount"
  | "waive_fee";

/** A remedy the site owner defines for their own business. */
export interface DefuseCustomRemedy {
  /** Its name: unique in the config, and not a built-in remedy's name. */
  id: string;
  /** A short name for the agent to read ("Redelivery"). */
  label: string;
  /**
   * What the agent can do, completing "I can ..." in a reply, without end punctuation:
   * "send the parcel again tomorrow at no cost".
   */
  offer: string;
}

/** What an agent may offer; only configured remedies are ever suggested. */
export type DefuseRemedy = DefuseBuiltinRemedy | DefuseCustomRemedy;

/** The site owner's playbook configuration. Every field is optional; unknown fields are errors. */
export interface DefuseConfig {
  /** Company or product name, used in closing lines. */
  brand?: string;
  /** The agent's name, for templates with `{agent}`. */
  agentName?: string;
  /** What an agent may offer: built-in names and/or the site owner's own remedies. */
  remedies?: DefuseRemedy[];
  /** The follow-up time promised in proposals, 1..=10080 minutes (default 60). */
  followUpMinutes?: number;
  /** How the replies sound (default "friendly"). */
  tone?: "formal" | "friendly";
  /** The conversation is public (a social feed): advise moving it private. */
  publicChannel?: boolean;
  /** Abusive messages before advising a supervisor, 1..=20 (default 3). */
  abuseLimit?: number;
  /** Custom reply templates per technique, with {placeholders}. */
  templates?: Partial<Record<DefuseTechnique, string[]>>;
}

/**
 * Settings, from the script tag's data- attributes (`data-dock`, `data-collapsed`, ...,
 * `data-config` as JSON) and/or `window.DefuseSettings` set before the loader runs; where
 * both give a setting, DefuseSettings wins.
 */
export interface DefuseSettings {
  /** Docked edge (default "right"). The agent's own choice, once made, wins. */
  dock?: "right" | "left";
  /** Start folded to a tab. */
  collapsed?: boolean;
  /** Colours (default "auto": follows prefers-color-scheme). */
  theme?: "auto" | "light" | "dark";
  /** The playbook configuration (an object, or JSON text). */
  config?: DefuseConfig | string;
  /** CSS selector of the composer: a textarea, an input or a contenteditable element. */
  composer?: string;
  /** CSS selector of the message list to follow (turns the DOM adapter on). */
  messages?: string;
  /** Selector of one message inside the list (default: the list's children). */
  message?: string;
  /** A message matching (or containing a match for) this is the customer's (default `[data-role=customer]`). */
  customer?: string;
  /** The same for the agent (default `[data-role=agent]`). */
  agent?: string;
  /** Selector of a message's text inside it (default: all of its text). */
  text?: string;
  /**
   * Selector of an element of the page's own layout to render the sidebar inside (it fills
   * that element) instead of as a fixed overlay. Matching nothing: the overlay, with a
   * quiet line saying so.
   */
  mount?: string;
  /**
   * "overlay" (default): the sidebar covers the page's edge. "push": the page is narrowed
   * by the sidebar's width (a margin on `<html>`, kept in step when it is resized or folded).
   */
  layout?: "overlay" | "push";
  /**
   * Where Insert puts a reply (default "composer": the `composer` element). "event": the
   * page writes it itself on `defuse:reply-inserted` (a composer Defuse cannot reach, such
   * as one in another frame); no Undo. "copy": the host cannot write, reply cards offer Copy only.
   */
  write?: "composer" | "event" | "copy";
}

/** `defuse:escalation` / `Defuse.on("escalation")`. */
export interface DefuseEscalationEvent {
  type: "escalationChanged";
  level: number;
  band: DefuseBand;
  previous: number;
}

/** `defuse:reply-inserted` / `Defuse.on("replyInserted")`. */
export interface DefuseReplyInsertedEvent {
  type: "replyInserted";
  text: string;
  technique: DefuseTechnique;
}

/** `defuse:error` / `Defuse.on("error")`: a rejected config, or (fatal) an internal error. */
export interface DefuseErrorEvent {
  message: string;
  fatal: boolean;
}

export interface DefuseEventMap {
  escalation: DefuseEscalationEvent;
  replyInserted: DefuseReplyInsertedEvent;
  error: DefuseErrorEvent;
  ready: null;
}

/** A queued command: `Defuse.push(["message", {...}])` works before and after loading. */
export type DefuseCommand =
  | ["message" | "pushMessage", DefuseMessage]
  | ["reset"]
  | ["config" | "setConfig", DefuseConfig | string]
  | ["on" | "off", keyof DefuseEventMap, (detail: any) => void];

/** `window.Defuse` once the loader has run. Calls made before the wasm is ready are queued. */
export interface DefuseApi {
  /** Resolves when the sidebar is mounted and queued calls have been replayed. */
  readonly ready: Promise<void>;
  push(command: DefuseCommand): void;
  pushMessage(message: DefuseMessage): void;
  /** Starts a new, empty conversation. */
  reset(): void;
  /**
   * Replaces the configuration. A bad config throws an Error naming the field, shows a
   * quiet line in the sidebar, and keeps the previous config.
   */
  setConfig(config: DefuseConfig | string): void;
  on<K extends keyof DefuseEventMap>(event: K, listener: (detail: DefuseEventMap[K]) => void): void;
  /** Removes one listener, or every listener of `event` when none is given. */
  off<K extends keyof DefuseEventMap>(event: K, listener?: (detail: DefuseEventMap[K]) => void): void;
  /** Test-only: panics inside the wasm (the sidebar shows a quiet error; the page is unaffected). */
  __panicForTest(): void;
  /** Test-only: what the DOM adapter has pushed. */
  __adapterCountsForTest(): { customer: number; agent: number; rebuilds: number } | null;
  /** Benchmark-only (the bench page's build, dist/bench/): runs the core analysis over `texts` `iterations` times; returns ms. */
  __benchAnalyze(texts: string[], iterations: number): number;
}

declare global {
  interface Window {
    /** An array (the pre-load queue) until the loader runs, then the API. */
    Defuse: DefuseApi | DefuseCommand[];
    DefuseSettings?: DefuseSettings;
  }
  interface WindowEventMap {
    "defuse:escalation": CustomEvent<DefuseEscalationEvent>;
    "defuse:reply-inserted": CustomEvent<DefuseReplyInsertedEvent>;
    "defuse:error": CustomEvent<DefuseErrorEvent>;
    "defuse:ready": CustomEvent<null>;
  }
}
