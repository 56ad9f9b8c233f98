// @runs: shared
// What a clerk reads when sign-in or unlock is refused after failed attempts.
import { vnParts } from '../time';

const pad = (n: number) => String(n).padStart(2, '0');

/** "n giây", or "m phút n giây" from a minute on. */
function duration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} giây`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} phút ${rest} giây` : `${seconds / 60} phút`;
}

export const signInMessages = {
  /** When the next attempt will be checked, as wall time in Vietnam and as time left. */
  tryAgain: (until: Date, now: Date): string => {
    const t = vnParts(until);
    return `Hãy thử lại sau ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)} (còn ${duration(until.getTime() - now.getTime())}).`;
  },
  throttled: 'Đã nhập sai mật khẩu nhiều lần liên tiếp.',
};

/** The command line's unlock, for an office whose only supervisor is locked out. */
export const accountCli = {
  unlockUsage: '<tên đăng nhập>          mở khóa tài khoản bị khóa do nhập sai mật khẩu (khi không còn giám sát nào đăng nhập được)',
  unknownUser: (username: string) => `Không có tài khoản "${username}".`,
  unlocked: (username: string) => `Đã mở khóa tài khoản "${username}".`,
};
