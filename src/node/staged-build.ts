/**
 * Builds that cannot lose work. Vite empties its output folder before it writes, so a build that
 * failed half-way (a broken slide, a failed single-file step) would leave dist/ without the deck
 * and without the single file for the USB stick. Here the build writes into a staging folder
 * beside dist/ ("dist-staging") and only a complete build replaces dist/; a failed one leaves the
 * last good deck as it was. One build at a time (build-lock.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { singleFileName } from '../core/file-name.ts';
import type { Talk } from '../core/model/talk.ts';
import { acquireBuildLock } from './build-lock.ts';
import { SINGLE_FILE_MODE } from './single-file.ts';

/** The folders beside `outDir` a build uses: its staging folder, its lock, and where the last build waits during the swap. */
export function buildFolders(outDir: string): { staging: string; lock: string; previous: string } {
  const at = (suffix: string) => join(dirname(outDir), `${basename(outDir)}-${suffix}`);
  return { staging: at('staging'), lock: at('lock'), previous: at('previous') };
}

/**
 * Replaces `outDir` with `staging` in two renames. Between them the last build is at `previous`;
 * a build killed exactly there is put back by the next one (restoreInterrupted).
 */
export function swapInto(staging: string, outDir: string): void {
  const { previous } = buildFolders(outDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

function restoreInterrupted(outDir: string): void {
  const { previous } = buildFolders(outDir);
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
}

/** What a complete build has written: the check before it may replace the last one. */
export type CompleteCheck = (staging: string) => string[];

/**
 * `vite build` (the CLI, which runs the buildApp hooks) builds the deck again through Vite's API into
 * the staging folder, the single-file build following it there; once that build is complete by
 * `missing`, the staging folder replaces outDir, and the CLI's own build is marked done. A build
 * through the API (a test building into a folder of its own) has no buildApp step and writes where
 * it was told, as before.
 */
export function stagedBuild(missing: CompleteCheck, skipMode: string): Plugin {
  return {
    name: 'deck:staged-build',
    apply: (_config, env) => env.command === 'build' && env.mode !== skipMode,
    buildApp: {
      order: 'pre',
      async handler(builder) {
        const { config } = builder;
        const outDir = resolve(config.root, config.build.outDir);
        const { staging, lock } = buildFolders(outDir);
        const release = await acquireBuildLock(lock, {
          onWait: (pid) => config.logger.warn(`Waiting for another build of ${outDir} (process ${pid}) to finish...`),
        });
        try {
          restoreInterrupted(outDir);
          rmSync(staging, { recursive: true, force: true });
          await build({ configFile: config.configFile, root: config.root, mode: config.mode, logLevel: config.logLevel, build: { outDir: staging, emptyOutDir: true } });
          const absent = missing(staging);
          if (absent.length > 0) throw new Error(`The build did not write ${absent.join(', ')}; ${outDir} is left as it was.`);
          swapInto(staging, outDir);
          config.logger.info(`The build is complete; it is in ${outDir}`);
        } catch (error) {
          rmSync(staging, { recursive: true, force: true });
          config.logger.error(`The build failed; the last good build in ${outDir} is kept.`);
          throw error;
        } finally {
          release();
        }
        // Built above: the CLI must not build into outDir itself.
        for (const environment of Object.values(builder.environments)) environment.isBuilt = true;
      },
    },
  };
}

/** The deck's build: complete when it has the page and the single file. */
export function stagedDeckBuild(talk: Pick<Talk, 'meta'>): Plugin {
  return stagedBuild((staging) => ['index.html', singleFileName(talk.meta.title)].filter((name) => !existsSync(join(staging, name))), SINGLE_FILE_MODE);
}
