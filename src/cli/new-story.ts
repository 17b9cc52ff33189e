import { runNewStory } from './new-story-command.ts';

/** npm run new -- "Headline": see new-story-command.ts. */
process.exitCode = await runNewStory(process.argv.slice(2), {
  now: Date.now(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
