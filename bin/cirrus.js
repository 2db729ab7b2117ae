#!/usr/bin/env node
import "../dist/src/cli/cirrus.js";
