// @runs: main
// Silent printing from the main process. The OS-specific libraries are loaded
// only when a printer is actually used, behind a two-method interface, so tests
// and machines without printers never touch them.
import type { Paper } from './view-models';

export interface PrinterDriver {
  /** Printer names; an empty list when the system cannot tell. */
  list(): Promise<string[]>;
  print(file: string, job: { printer: string; copies: number; paper: Paper; landscape: boolean }): Promise<void>;
}

/** unix-print (CUPS `lp`) on Linux and macOS, pdf-to-printer (SumatraPDF) on Windows. */
export function systemPrinterDriver(platform: NodeJS.Platform = process.platform): PrinterDriver {
  return platform === 'win32' ? windowsDriver : unixDriver;
}

const unixDriver: PrinterDriver = {
  list: async () => {
    try {
      const { getPrinters } = await import('unix-print');
      return (await getPrinters()).map((p) => p.printer);
    } catch {
      return [];
    }
  },
  print: async (file, job) => {
    const { print } = await import('unix-print');
    const options = ['-n', String(job.copies), '-o', `media=${job.paper}`, ...(job.landscape ? ['-o', 'landscape'] : []), '-o', 'fit-to-page'];
    await print(file, job.printer, options);
  },
};

const windowsDriver: PrinterDriver = {
  list: async () => {
    try {
      const { getPrinters } = await import('pdf-to-printer');
      return (await getPrinters()).map((p) => p.name);
    } catch {
      return [];
    }
  },
  print: async (file, job) => {
    const { print } = await import('pdf-to-printer');
    await print(file, { printer: job.printer, copies: job.copies, paperSize: job.paper, orientation: job.landscape ? 'landscape' : 'portrait', scale: 'noscale', silent: true });
  },
};
