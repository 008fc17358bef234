/**
 * Entry of the benchmark's engine bundle (bench/build.mjs → bench/.out/engine.js): the
 * engine exactly as the server and CLI use it, plus the flag that says whether
 * openchemlib has been loaded.
 */
export * from '../server/src/engine';
export { isChemLoaded } from '../server/src/kb/chem';
