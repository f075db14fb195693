// The WebSocket gateway of the fake Discord: HELLO, heartbeats, IDENTIFY (with shards), RESUME with
// replay of missed events, and the faults a real gateway produces (close codes, dropped sockets,
// op 7 reconnect, op 9 invalid session).
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import { shardOf } from './snowflake.ts';

export interface GatewaySession {
  id: string;
  shardId: number;
  shardCount: number;
  seq: number;
  /** Every dispatch of this session, kept for RESUME. */
  log: Array<{ s: number; t: string; d: unknown }>;
  socket: WebSocket | null;
  resumable: boolean;
  intents: number;
}

export interface GatewayOptions {
  token: string;
  /** The gateway's own URL (READY's resume_gateway_url). */
  url: () => string;
  heartbeatIntervalMs: number;
  /** READY's payload minus session fields, for a shard. */
  ready: (shardId: number, shardCount: number) => Record<string, unknown>;
  /** The GUILD_CREATE payloads a shard receives right after READY. */
  guildCreates: (shardId: number, shardCount: number) => Array<Record<string, unknown>>;
  /** Member payloads of a guild (for op 8 REQUEST_GUILD_MEMBERS). */
  members: (guildId: string) => Array<Record<string, unknown>>;
}

// Sessions keep at most this many events for replay; a real gateway also forgets eventually.
const MAX_LOG = 20_000;
// Close codes after which Discord does not let the session resume.
const NOT_RESUMABLE = new Set([4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

export class FakeGateway extends EventEmitter {
  readonly sessions = new Map<string, GatewaySession>();
  readonly stats = { connections: 0, identifies: 0, resumes: 0, failedResumes: 0, heartbeats: 0 };
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly options: GatewayOptions) {
    super();
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  /** Dispatch an event to every session of the shard that owns the guild (shard 0 for no guild). */
  dispatchToGuild(guildId: string | null, t: string, d: unknown): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      const owner = guildId === null ? 0 : shardOf(guildId, session.shardCount);
      if (owner !== session.shardId) continue;
      this.dispatch(session, t, d);
      delivered += 1;
    }
    return delivered;
  }

  dispatchToAll(t: string, d: unknown): void {
    for (const session of this.sessions.values()) this.dispatch(session, t, d);
  }

  /** Close every live gateway socket with a close code, as Discord does. */
  closeAll(code: number, reason = 'fake Discord closed the gateway'): void {
    for (const session of this.sessions.values()) {
      if (NOT_RESUMABLE.has(code)) session.resumable = false;
    }
    for (const ws of this.sockets) ws.close(code, reason);
  }

  /** Cut every socket without a close frame (the client sees 1006). */
  dropAll(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Op 7: ask every client to reconnect and resume. */
  sendReconnect(): void {
    for (const ws of this.sockets) send(ws, { op: 7, d: null });
  }

  /** Op 9: invalidate every live session; `resumable` says whether the client may resume it. */
  invalidateSessions(resumable: boolean): void {
    for (const session of this.sessions.values()) {
      if (!session.socket) continue;
      if (!resumable) session.resumable = false;
      send(session.socket, { op: 9, d: resumable });
      if (!resumable) this.sessions.delete(session.id);
    }
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private dispatch(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.log.push(event);
    if (session.log.length > MAX_LOG) session.log.splice(0, session.log.length - MAX_LOG);
    if (session.socket?.readyState === WebSocket.OPEN) send(session.socket, { op: 0, ...event });
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections += 1;
    this.sockets.add(ws);
    let session: GatewaySession | null = null;
    send(ws, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['fake-gateway'] } });

    ws.on('message', (raw) => {
      let payload: { op?: number; d?: unknown };
      try {
        payload = JSON.parse(raw.toString()) as { op?: number; d?: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      switch (payload.op) {
        case 1:
          this.stats.heartbeats += 1;
          send(ws, { op: 11 });
          break;
        case 2:
          if (session) {
            ws.close(4005, 'Already authenticated');
            return;
          }
          session = this.identify(ws, payload.d as IdentifyData);
          break;
        case 6: {
          // After op 9 (resumable) the client resumes on the same socket.
          const d = payload.d as ResumeData;
          if (session && session.id !== d?.session_id) {
            ws.close(4005, 'Already authenticated');
            return;
          }
          session = this.resume(ws, d);
          break;
        }
        case 8:
          if (!session) {
            ws.close(4003, 'Not authenticated');
            return;
          }
          this.requestMembers(session, payload.d as RequestMembersData);
          break;
        case 3:
        case 4:
          // Presence and voice state updates: accepted and ignored.
          if (!session) ws.close(4003, 'Not authenticated');
          break;
        default:
          ws.close(4001, 'Unknown opcode');
      }
    });

    ws.on('close', (code) => {
      this.sockets.delete(ws);
      if (!session || session.socket !== ws) return;
      session.socket = null;
      // A client that closes with 1000/1001 ends its session; anything else may resume.
      if (code === 1000 || code === 1001) session.resumable = false;
      if (!session.resumable) this.sessions.delete(session.id);
      this.emit('disconnect', { sessionId: session.id, code });
    });
    ws.on('error', () => {
      // The close handler does the bookkeeping; a socket error must not crash the test process.
    });
  }

  /** Op 8: answer with one GUILD_MEMBERS_CHUNK (guild.members.fetch() waits for it). */
  private requestMembers(session: GatewaySession, d: RequestMembersData): void {
    if (!d?.guild_id) return;
    const all = this.options.members(d.guild_id);
    const ids = d.user_ids === undefined ? undefined : Array.isArray(d.user_ids) ? d.user_ids : [d.user_ids];
    const query = (d.query ?? '').toLowerCase();
    let members = all.filter((m) => {
      const user = m.user as { id: string; username: string };
      return ids ? ids.includes(user.id) : user.username.toLowerCase().startsWith(query);
    });
    if (d.limit) members = members.slice(0, d.limit);
    const found = new Set(members.map((m) => (m.user as { id: string }).id));
    this.dispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: d.guild_id,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !found.has(id)) : [],
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  }

  private identify(ws: WebSocket, d: IdentifyData): GatewaySession | null {
    if (!d || (d.token !== this.options.token && d.token !== `Bot ${this.options.token}`)) {
      ws.close(4004, 'Authentication failed');
      return null;
    }
    const [shardId, shardCount] = d.shard ?? [0, 1];
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      ws.close(4010, 'Invalid shard');
      return null;
    }
    this.stats.identifies += 1;
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shardId,
      shardCount,
      seq: 0,
      log: [],
      socket: ws,
      resumable: true,
      intents: d.intents ?? 0,
    };
    this.sessions.set(session.id, session);
    this.dispatch(session, 'READY', {
      ...this.options.ready(shardId, shardCount),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: [shardId, shardCount],
    });
    for (const guild of this.options.guildCreates(shardId, shardCount)) this.dispatch(session, 'GUILD_CREATE', guild);
    this.emit('identify', session);
    return session;
  }

  private resume(ws: WebSocket, d: ResumeData): GatewaySession | null {
    const session = d ? this.sessions.get(d.session_id) : undefined;
    const tokenOk = d && (d.token === this.options.token || d.token === `Bot ${this.options.token}`);
    if (!session || !session.resumable || !tokenOk) {
      this.stats.failedResumes += 1;
      send(ws, { op: 9, d: false });
      return null;
    }
    this.stats.resumes += 1;
    const previous = session.socket;
    session.socket = ws;
    // Discord drops the older connection of a session that is resumed elsewhere.
    if (previous && previous !== ws) previous.close(4000, 'Session resumed elsewhere');
    for (const event of session.log) {
      if (event.s > d.seq) send(ws, { op: 0, ...event });
    }
    this.dispatch(session, 'RESUMED', { _trace: ['fake-gateway'] });
    this.emit('resume', session);
    return session;
  }
}

interface IdentifyData {
  token: string;
  intents?: number;
  shard?: [number, number];
}

interface RequestMembersData {
  guild_id: string;
  query?: string;
  limit?: number;
  user_ids?: string | string[];
  nonce?: string;
}

interface ResumeData {
  token: string;
  session_id: string;
  seq: number;
}

function send(ws: WebSocket, payload: unknown): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
}
