// @runs: shared
// The only two IPC channel names; every API method goes through the first.
export const IPC_INVOKE = 'mot-cua:invoke';
export const IPC_PROGRESS = 'mot-cua:progress';
