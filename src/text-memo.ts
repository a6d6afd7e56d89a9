// What is derived from a text (its hash, its plain text), looked up by the text itself. A process
// that keeps its data warm (npm start) meets the same bodies build after build, often as the very
// same strings, and a lookup costs a fraction of deriving them again. Each round (a build) keeps
// only the texts of the round before and this one, so a text no build uses any more is let go. A
// memo with no build to mark its rounds (a line's word count) starts a round every `roundSize` texts.
export class TextMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  constructor(
    private readonly derive: (text: string) => V,
    private readonly roundSize = Number.POSITIVE_INFINITY,
  ) {}

  get(text: string): V {
    let value = this.current.get(text);
    if (value === undefined) {
      value = this.previous.has(text) ? this.previous.get(text)! : this.derive(text);
      if (this.current.size >= this.roundSize) this.nextRound();
      this.current.set(text, value);
    }
    return value;
  }

  /** Starts a round: texts not met since the round before are forgotten. */
  nextRound(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
