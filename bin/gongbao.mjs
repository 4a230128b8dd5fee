#!/usr/bin/env node
// The installed `gongbao` command: runs the TypeScript entry through tsx, so a checkout and an
// installed package run the same code without a build step.
import { register } from "tsx/esm/api";

register();
await import(new URL("../src/cli/main.ts", import.meta.url).href);
