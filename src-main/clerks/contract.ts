// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { id, password, role, text, username } from '../shared/schemas';
import { clerkSummary } from '../setup/contract';

const signedIn = z.object({ clerk: clerkSummary });
const limitedText = z.string().max(256);

export const clerksContract = {
  'session.signIn': method(z.strictObject({ username: limitedText, password: limitedText }), signedIn, 'public'),
  'session.signOut': method(z.strictObject({}), z.object({ ok: z.literal(true) }), 'public'),
  'session.lock': method(z.strictObject({}), z.object({ ok: z.literal(true) }), 'public'),
  'session.unlock': method(z.strictObject({ password: limitedText }), signedIn, 'public'),
  /** The renderer reports keyboard/mouse activity so reading a screen doesn't lock it. */
  'session.heartbeat': method(z.strictObject({}), z.object({ ok: z.literal(true) }), 'clerk'),
  'clerks.list': method(z.strictObject({}), z.object({ clerks: z.array(clerkSummary) }), 'supervisor'),
  'clerks.add': method(z.strictObject({ fullName: text(100), username, password, role }), signedIn, 'supervisor'),
  'clerks.setActive': method(z.strictObject({ clerkId: id, active: z.boolean() }), signedIn, 'supervisor'),
  /** Ends a lockout after too many failed sign-ins: the clerk starts again from no failures. */
  'clerks.unlockAccount': method(z.strictObject({ clerkId: id }), signedIn, 'supervisor'),
};
