/** Progress for long runs: a bar on a terminal, plain lines otherwise (logs, CI). */

/** Reports steps of a run of `total` items. */
export interface Progress {
  step(done: number, label: string): void;
  line(text: string): void;
  end(): void;
}

/** A progress reporter writing to `stream` (a bar when it is a TTY). */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  const width = 24;
  let shown = false;
  const clear = (): void => {
    if (tty && shown) stream.write("\r\x1b[2K");
    shown = false;
  };
  return {
    step(done, label) {
      if (!tty) return;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      clear();
      stream.write(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`);
      shown = true;
    },
    line(text) {
      clear();
      process.stdout.write(`${text}\n`);
    },
    end() {
      clear();
    },
  };
}
