/** The browser's WebSocket and timers behind the LiveSplit bridge's ports. */
import type { BridgePorts, SocketLike } from '../../app/speedrun/liveSplitBridge';

export const browserSockets: BridgePorts = {
  open: (url) => new WebSocket(url) as SocketLike,
  schedule: (task, ms) => {
    const t = setTimeout(task, ms);
    return () => clearTimeout(t);
  },
};
