// Eleventy 3 ships JavaScript without type declarations; this is the part Daybook uses.
declare module '@11ty/eleventy' {
  export interface EleventyConfig {
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void | Promise<void>, options?: T): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(use: boolean): void;
    /** Options for the dev server's file watcher (chokidar), merged over Eleventy's own. */
    setChokidarConfig(options: Record<string, unknown>): void;
    on(event: string, callback: (...args: any[]) => unknown): void;
    ignores: { add(glob: string): void };
    /** The path the site is served under ("/news/"), from the config's return value; set before plugins run. */
    pathPrefix?: string;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    source?: 'cli' | 'script';
    /** Runs before the config file, on the same config object. */
    config?: (config: EleventyConfig) => void;
    pathPrefix?: string;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Builds without writing, returning each page rendered. */
    toJSON(): Promise<Array<{ url: string | false; inputPath: string; outputPath: string | false; content: string }>>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
  }
}
