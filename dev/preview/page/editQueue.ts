/**
 * Edits on their way to the workbook. Every committed cell joins the queue at once, in the order typed;
 * one request at a time carries every edit waiting for the same sheet, so an edit that arrives while the
 * previous ones recalculate is never dropped, never reordered and never sent twice. Meanwhile the grid
 * shows each waiting cell's typed text, marked as pending.
 */
import type { EditOutcome, EditsRequest, EditsResult } from '../protocol';
import { trackBusy } from './idle';

export interface QueuedEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly input: string;
}

export interface EditQueueHost {
  /** Posts the edits (in order) and answers what became of each. */
  send(request: EditsRequest): Promise<EditsResult>;
  /** The version of the sheet's view the page shows, or null when it shows another sheet. */
  baseOf(sheet: string): number | null;
  /** An edit joined the queue: show its text in its cell as pending. */
  queued(edit: QueuedEdit): void;
  /** The server answered a batch: apply the new view or patch, then each outcome. */
  answered(sheet: string, answer: EditsResult, outcomes: readonly [QueuedEdit, EditOutcome][]): void;
  /** The request failed: these edits were not stored. */
  failed(edits: readonly QueuedEdit[], error: unknown): void;
}

export class EditQueue {
  private readonly waiting: QueuedEdit[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly host: EditQueueHost) {}

  /** The edits not yet answered, oldest first (the one in flight included). */
  get pending(): readonly QueuedEdit[] {
    return [...this.inFlight, ...this.waiting];
  }

  private inFlight: readonly QueuedEdit[] = [];

  push(edit: QueuedEdit): void {
    this.waiting.push(edit);
    this.host.queued(edit);
    this.running ??= trackBusy(this.drain()).finally(() => {
      this.running = null;
    });
  }

  /** Resolves once every edit queued so far has been answered. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const sheet = (this.waiting[0] as QueuedEdit).sheet;
      let count = 0;
      while (count < this.waiting.length && this.waiting[count]?.sheet === sheet) count++;
      const batch = this.waiting.splice(0, count);
      this.inFlight = batch;
      try {
        const answer = await this.host.send({
          sheet,
          base: this.host.baseOf(sheet),
          edits: batch.map(({ cell, input }) => ({ cell, input })),
        });
        this.inFlight = [];
        const outcomes = batch.map((edit, i): [QueuedEdit, EditOutcome] => [
          edit,
          answer.results[i] ?? { cell: edit.cell, ok: false, message: 'The preview server did not answer.' },
        ]);
        this.host.answered(sheet, answer, outcomes);
      } catch (error) {
        this.inFlight = [];
        this.host.failed(batch, error);
      }
    }
  }
}
