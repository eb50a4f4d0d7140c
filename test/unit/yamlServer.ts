// The real yaml-language-server (the server inside Red Hat YAML), driven over stdio as Red Hat YAML's
// client drives it: the static schema associations as settings, and the schemas 1:1 Coach hands out
// answered through `custom/schema/request` and `custom/schema/content`. Every wait is on a message from
// the server, with a hard timeout that fails the test saying what did not come.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  CompletionRequest, createProtocolConnection, DidChangeConfigurationNotification, DidOpenTextDocumentNotification, ExitNotification,
  HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter, type CompletionItem, type CompletionList, type Diagnostic, type Hover, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** How long one answer from the server may take before the test fails. */
const ANSWER_MS = 8_000;

/** What the client answers for the schemas the server asks it about, as Red Hat YAML's client does. */
export interface CustomSchemas {
  /** The schema URI for a resource, or undefined to leave it to the static associations. */
  readonly schemaFor: (resource: string) => string | undefined;
  /** The text of a schema the client handed out. */
  readonly contentOf: (uri: string) => string;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`yaml-language-server: no ${what} within ${ANSWER_MS / 1000} s`)), ANSWER_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class YamlServer {
  private readonly waiting = new Map<string, ((diagnostics: Diagnostic[]) => void)[]>();
  private version = 0;
  /** Every schema URI the server asked the content of. */
  readonly contentRequests: string[] = [];

  private constructor(private readonly child: ChildProcess, private readonly connection: ProtocolConnection) {}

  /** Starts the server from node_modules with the given static associations (`yaml.schemas`: schema URL → globs). */
  static async start(root: string, schemas: Record<string, string[]>, custom: CustomSchemas): Promise<YamlServer> {
    const bin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    if (!child.stdout || !child.stdin) throw new Error('yaml-language-server: no stdio');
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new YamlServer(child, connection);
    // Nothing goes over the network: no schema store, and the schemas are local files or answered here.
    const settings = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas };
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section === 'yaml' ? settings : {})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('custom/schema/request', (resource: string) => {
      const uri = custom.schemaFor(resource);
      return uri === undefined ? [] : [uri];
    });
    connection.onRequest('custom/schema/content', (uri: string) => {
      server.contentRequests.push(uri);
      return custom.contentOf(uri);
    });
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      const waiters = server.waiting.get(uri) ?? [];
      server.waiting.delete(uri);
      for (const resolve of waiters) resolve(diagnostics);
    });
    connection.listen();
    await within(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
    }), 'answer to initialize');
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification('yaml/registerCustomSchemaRequest');
    return server;
  }

  /**
   * Has the server read the settings (it pulls them on `initialized` and on each change), and resolves once
   * it uses them: `probe` is a document they give a schema to, holding something that schema refuses. It is
   * validated as it opens, and again each time settings apply.
   */
  async configure(probe: string, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    let diagnostics = await this.open(probe, text);
    if (diagnostics.length === 0) diagnostics = await this.next(probe, `diagnostics for the probe ${probe} once the settings apply`);
    if (diagnostics.length === 0) throw new Error(`yaml-language-server: the settings give ${probe} no schema`);
  }

  private next(uri: string, what: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
    return within(published, what);
  }

  /** Opens a document (each URI once) and resolves with the diagnostics the server publishes for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = this.next(uri, `diagnostics for ${uri}`);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: ++this.version, text } });
    return published;
  }

  /** The labels the server offers at a position of an open document. */
  async completionLabels(uri: string, line: number, character: number): Promise<string[]> {
    const result: CompletionItem[] | CompletionList | null = await within(
      this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } }),
      `completion in ${uri}`,
    );
    return (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);
  }

  /** The hover text at a position of an open document ('' when there is none). */
  async hoverText(uri: string, line: number, character: number): Promise<string> {
    const hover: Hover | null = await within(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }), `hover in ${uri}`);
    const contents = hover?.contents;
    if (contents === undefined) return '';
    if (typeof contents === 'string') return contents;
    if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    return contents.value;
  }

  /** Shuts the server down, and kills it when it does not go. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await within(this.connection.sendRequest(ShutdownRequest.type), 'answer to shutdown');
      await this.connection.sendNotification(ExitNotification.type);
      await within(exited, 'exit after shutdown');
    } catch {
      this.child.kill();
    } finally {
      this.connection.dispose();
    }
  }
}
