/**
 * What the canvas offers other features (eslint.config.js: a feature imports another only through its public.ts):
 * its stylesheet (for the projector's surfaces that show notes and zones as the canvas does), and the voting commands.
 */
import './canvas.css';
export { addVoterNamed, toggleVotesRevealed } from './voting-commands';
