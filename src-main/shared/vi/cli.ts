// @runs: shared
// The command line's own words (each command's line is with its feature's words).

export const cliWords = {
  heading: 'Cách dùng: npm run cli -- <lệnh> [tham số] [--data-dir=THƯ_MỤC]',
  help: '  --help, -h, help  in hướng dẫn này',
  unknown: (name: string) => `Không có lệnh "${name}".`,
} as const;
