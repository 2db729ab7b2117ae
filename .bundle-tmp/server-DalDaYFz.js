import { i as __require, o as __toESM, t as __commonJSMin } from "./rolldown-runtime-C1I3wEg2.js";
import { A as LIMITS, B as TotpCode, C as ChunkGetRequest, D as Entry, E as Device, F as MissingResponse, G as CirrusError, H as TrashItem, I as MkdirOp, L as MoveOp, M as LoginResponse, N as ManifestResponse, O as EntryId, P as MissingRequest, R as PushMessage, S as ChangesResponse, T as CommitOp, U as Version, V as TotpEnrollResponse, W as Type, _ as frameHeader, b as BatchRequest, c as encodeManifest, j as LoginRequest, k as ErrorBodySchema, n as diffManifests, o as preparedStatements, r as nameProblem, s as decodeManifest, t as applyPatch, v as parseFrames, w as ChunkId, x as BatchResponse, y as AccountInfo, z as Revision } from "./cirrus.js";
import { n as require_rfdc, r as require_pino, t as require_fastify } from "./fastify-B9xCFp9Z.js";
import { n as require_fastify_plugin, t as require_websocket } from "./websocket-BJtQFDs1.js";
import path from "node:path";
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, statSync, unlinkSync } from "node:fs";
import * as crypto from "node:crypto";
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from "node:crypto";
import { Readable } from "node:stream";
import { mkdir, open, readFile, unlink } from "node:fs/promises";
import Database from "better-sqlite3";
// dist/src/server/config.js
const DEFAULT_CONFIG = {
	host: "127.0.0.1",
	port: 8443,
	tls: null,
	insecureHttp: false,
	versions: {
		keepCount: 20,
		keepDays: 30
	},
	trashDays: 30,
	gc: {
		intervalMs: 6e5,
		graceMs: 216e5
	},
	loginLimits: {
		perAccount: 10,
		perAddress: 30,
		windowMs: 9e5
	},
	logLevel: "info"
};
function isLoopback(host) {
	return host === "localhost" || host === "::1" || host.startsWith("127.");
}
/** Merge overrides over the defaults and check what could not work. */
function makeConfig(overrides) {
	const config = {
		...DEFAULT_CONFIG,
		...overrides
	};
	config.dataDir = path.resolve(config.dataDir);
	if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) throw new Error(`invalid port ${config.port}`);
	if (!config.tls && !config.insecureHttp && !isLoopback(config.host)) throw new Error(`refusing to serve plain HTTP on ${config.host}: give --tls-cert and --tls-key, or --insecure-http if a trusted proxy terminates TLS`);
	if (config.versions.keepCount < 1) throw new Error("versions.keepCount must be at least 1");
	return config;
}
// dist/src/server/account-lock.js
var AccountLocks = class {
	tails = /* @__PURE__ */ new Map();
	async run(accountId, work) {
		const result = (this.tails.get(accountId) ?? Promise.resolve()).then(work, work);
		const tail = result.catch(() => void 0);
		this.tails.set(accountId, tail);
		try {
			return await result;
		} finally {
			if (this.tails.get(accountId) === tail) this.tails.delete(accountId);
		}
	}
};
// dist/src/server/auth/passwords.js
const PARAMS = {
	N: 32768,
	r: 8,
	p: 1,
	keyLength: 32
};
function derive(password, salt, opts, keyLength) {
	return new Promise((resolve, reject) => {
		scrypt(password.normalize("NFC"), salt, keyLength, {
			...opts,
			maxmem: 268435456
		}, (err, key) => {
			if (err) reject(err);
			else resolve(key);
		});
	});
}
/** Format: scrypt$N$r$p$salt$hash (base64url), so parameters can be raised later. */
async function hashPassword(password) {
	const salt = randomBytes(16);
	const key = await derive(password, salt, PARAMS, PARAMS.keyLength);
	return [
		"scrypt",
		PARAMS.N,
		PARAMS.r,
		PARAMS.p,
		salt.toString("base64url"),
		key.toString("base64url")
	].join("$");
}
async function verifyPassword(password, stored) {
	const [scheme, n, r, p, salt, hash] = stored.split("$");
	if (scheme !== "scrypt" || !salt || !hash) return false;
	const expected = Buffer.from(hash, "base64url");
	const key = await derive(password, Buffer.from(salt, "base64url"), {
		N: Number(n),
		r: Number(r),
		p: Number(p)
	}, expected.length);
	return timingSafeEqual(key, expected);
}
let dummyHash;
/** A hash to compare against when the account does not exist, so timing does not tell. */
function dummyPasswordHash() {
	dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
	return dummyHash;
}
// dist/src/server/auth/rate-limiter.js
var FailureLimiter = class {
	limit;
	windowMs;
	now;
	failures = /* @__PURE__ */ new Map();
	constructor(limit, windowMs, now = Date.now) {
		this.limit = limit;
		this.windowMs = windowMs;
		this.now = now;
	}
	/** Milliseconds until `key` may try again, or 0 when it may try now. */
	retryAfter(key) {
		const recent = this.recent(key);
		if (recent.length < this.limit) return 0;
		return (recent[0] ?? 0) + this.windowMs - this.now();
	}
	fail(key) {
		const recent = this.recent(key);
		recent.push(this.now());
		this.failures.set(key, recent);
	}
	clear(key) {
		this.failures.delete(key);
	}
	recent(key) {
		const cutoff = this.now() - this.windowMs;
		const recent = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
		if (recent.length === 0) this.failures.delete(key);
		return recent;
	}
};
// dist/src/server/auth/tokens.js
const PREFIX = "cirrus_";
function newToken() {
	return PREFIX + randomBytes(32).toString("base64url");
}
function hashToken(token) {
	return createHash("sha256").update(token).digest("hex");
}
/** The token from an `Authorization: Bearer …` header, or null. */
function bearerToken(header) {
	if (!header) return null;
	const match = /^Bearer\s+(\S+)$/i.exec(header);
	return match?.[1]?.startsWith(PREFIX) ? match[1] : null;
}
// node_modules/otpauth/dist/otpauth.node.mjs
//! otpauth 9.5.2 | (c) Héctor Molinero Fernández | MIT | https://github.com/hectorm/otpauth
/**
* Converts an integer to an Uint8Array.
* @param {number} num Integer.
* @returns {Uint8Array} Uint8Array.
*/ const uintDecode = (num) => {
	const arr = new Uint8Array(/* @__PURE__ */ new ArrayBuffer(8));
	let acc = num;
	for (let i = 7; i >= 0; i--) {
		if (acc === 0) break;
		arr[i] = acc & 255;
		acc -= arr[i];
		acc /= 256;
	}
	return arr;
};
/**
* "globalThis" ponyfill.
* @see [A horrifying globalThis polyfill in universal JavaScript](https://mathiasbynens.be/notes/globalthis)
* @type {Object.<string, *>}
*/ const globalScope = (() => {
	if (typeof globalThis === "object") return globalThis;
	else {
		Object.defineProperty(Object.prototype, "__GLOBALTHIS__", {
			get() {
				return this;
			},
			configurable: true
		});
		try {
			if (typeof __GLOBALTHIS__ !== "undefined") return __GLOBALTHIS__;
		} finally {
			delete Object.prototype.__GLOBALTHIS__;
		}
	}
	if (typeof self !== "undefined") return self;
	else if (typeof window !== "undefined") return window;
	else if (typeof global !== "undefined") return global;
})();
/**
* Canonicalizes a hash algorithm name.
* @param {string} algorithm Hash algorithm name.
* @returns {"SHA1"|"SHA224"|"SHA256"|"SHA384"|"SHA512"|"SHA3-224"|"SHA3-256"|"SHA3-384"|"SHA3-512"} Canonicalized hash algorithm name.
*/ const canonicalizeAlgorithm = (algorithm) => {
	switch (true) {
		case /^(?:SHA-?1|SSL3-SHA1)$/i.test(algorithm): return "SHA1";
		case /^SHA(?:2?-)?224$/i.test(algorithm): return "SHA224";
		case /^SHA(?:2?-)?256$/i.test(algorithm): return "SHA256";
		case /^SHA(?:2?-)?384$/i.test(algorithm): return "SHA384";
		case /^SHA(?:2?-)?512$/i.test(algorithm): return "SHA512";
		case /^SHA3-224$/i.test(algorithm): return "SHA3-224";
		case /^SHA3-256$/i.test(algorithm): return "SHA3-256";
		case /^SHA3-384$/i.test(algorithm): return "SHA3-384";
		case /^SHA3-512$/i.test(algorithm): return "SHA3-512";
		default: throw new TypeError(`Unknown hash algorithm: ${algorithm}`);
	}
};
/**
* Calculates an HMAC digest.
* @param {string} algorithm Algorithm.
* @param {Uint8Array} key Key.
* @param {Uint8Array} message Message.
* @returns {Uint8Array} Digest.
*/ const hmacDigest = (algorithm, key, message) => {
	if (crypto?.createHmac) {
		const hmac = crypto.createHmac(algorithm, globalScope.Buffer.from(key));
		hmac.update(globalScope.Buffer.from(message));
		return hmac.digest();
	} else throw new Error("Missing HMAC function");
};
/**
* RFC 4648 base32 alphabet without pad.
* @type {string}
*/ const ALPHABET$1 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/**
* Converts a base32 string to an Uint8Array (RFC 4648).
* @see [LinusU/base32-decode](https://github.com/LinusU/base32-decode)
* @param {string} str Base32 string.
* @returns {Uint8Array} Uint8Array.
*/ const base32Decode = (str) => {
	str = str.replace(/ /g, "").toUpperCase();
	let end = str.length;
	while (str[end - 1] === "=") --end;
	if (end < str.length) str = str.substring(0, end);
	const buf = /* @__PURE__ */ new ArrayBuffer(str.length * 5 / 8 | 0);
	const arr = new Uint8Array(buf);
	let bits = 0;
	let value = 0;
	let index = 0;
	for (let i = 0; i < str.length; i++) {
		const idx = ALPHABET$1.indexOf(str[i]);
		if (idx === -1) throw new TypeError(`Invalid character found: ${str[i]}`);
		value = value << 5 | idx;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			arr[index++] = value >>> bits;
		}
	}
	return arr;
};
/**
* Converts an Uint8Array to a base32 string (RFC 4648).
* @see [LinusU/base32-encode](https://github.com/LinusU/base32-encode)
* @param {Uint8Array} arr Uint8Array.
* @returns {string} Base32 string.
*/ const base32Encode = (arr) => {
	let bits = 0;
	let value = 0;
	let str = "";
	for (let i = 0; i < arr.length; i++) {
		value = value << 8 | arr[i];
		bits += 8;
		while (bits >= 5) {
			str += ALPHABET$1[value >>> bits - 5 & 31];
			bits -= 5;
		}
	}
	if (bits > 0) str += ALPHABET$1[value << 5 - bits & 31];
	return str;
};
/**
* Hexadecimal alphabet.
* @type {string}
*/ const ALPHABET = "0123456789ABCDEF";
/**
* Converts a hexadecimal string to an Uint8Array.
* @param {string} str Hexadecimal string.
* @returns {Uint8Array} Uint8Array.
*/ const hexDecode = (str) => {
	str = str.replace(/ /g, "").toUpperCase();
	const buf = /* @__PURE__ */ new ArrayBuffer(str.length / 2);
	const arr = new Uint8Array(buf);
	for (let i = 0; i < str.length; i += 2) {
		const hi = ALPHABET.indexOf(str[i]);
		const lo = ALPHABET.indexOf(str[i + 1]);
		if (hi === -1 || lo === -1) throw new TypeError(`Invalid character found: ${str.substring(i, i + 2)}`);
		arr[i / 2] = hi << 4 | lo;
	}
	return arr;
};
/**
* Converts an Uint8Array to a hexadecimal string.
* @param {Uint8Array} arr Uint8Array.
* @returns {string} Hexadecimal string.
*/ const hexEncode = (arr) => {
	let str = "";
	for (let i = 0; i < arr.length; i++) {
		const hex = arr[i].toString(16);
		if (hex.length === 1) str += "0";
		str += hex;
	}
	return str.toUpperCase();
};
/**
* Converts a Latin-1 string to an Uint8Array.
* @param {string} str Latin-1 string.
* @returns {Uint8Array} Uint8Array.
*/ const latin1Decode = (str) => {
	const buf = new ArrayBuffer(str.length);
	const arr = new Uint8Array(buf);
	for (let i = 0; i < str.length; i++) arr[i] = str.charCodeAt(i) & 255;
	return arr;
};
/**
* Converts an Uint8Array to a Latin-1 string.
* @param {Uint8Array} arr Uint8Array.
* @returns {string} Latin-1 string.
*/ const latin1Encode = (arr) => {
	let str = "";
	for (let i = 0; i < arr.length; i++) str += String.fromCharCode(arr[i]);
	return str;
};
/**
* TextEncoder instance.
* @type {TextEncoder|null}
*/ const ENCODER = globalScope.TextEncoder ? new globalScope.TextEncoder() : null;
/**
* TextDecoder instance.
* @type {TextDecoder|null}
*/ const DECODER = globalScope.TextDecoder ? new globalScope.TextDecoder() : null;
/**
* Converts an UTF-8 string to an Uint8Array.
* @param {string} str String.
* @returns {Uint8Array} Uint8Array.
*/ const utf8Decode = (str) => {
	if (!ENCODER) throw new Error("Encoding API not available");
	return ENCODER.encode(str);
};
/**
* Converts an Uint8Array to an UTF-8 string.
* @param {Uint8Array} arr Uint8Array.
* @returns {string} String.
*/ const utf8Encode = (arr) => {
	if (!DECODER) throw new Error("Encoding API not available");
	return DECODER.decode(arr);
};
/**
* Returns random bytes.
* @param {number} size Size.
* @returns {Uint8Array} Random bytes.
*/ const randomBytes$1 = (size) => {
	if (crypto?.randomBytes) return crypto.randomBytes(size);
	else if (globalScope.crypto?.getRandomValues) return globalScope.crypto.getRandomValues(new Uint8Array(size));
	else throw new Error("Cryptography API not available");
};
/**
* OTP secret key.
*/ var Secret = class Secret {
	/**
	* Converts a Latin-1 string to a Secret object.
	* @param {string} str Latin-1 string.
	* @returns {Secret} Secret object.
	*/ static fromLatin1(str) {
		return new Secret({ buffer: latin1Decode(str).buffer });
	}
	/**
	* Converts an UTF-8 string to a Secret object.
	* @param {string} str UTF-8 string.
	* @returns {Secret} Secret object.
	*/ static fromUTF8(str) {
		return new Secret({ buffer: utf8Decode(str).buffer });
	}
	/**
	* Converts a base32 string to a Secret object.
	* @param {string} str Base32 string.
	* @returns {Secret} Secret object.
	*/ static fromBase32(str) {
		return new Secret({ buffer: base32Decode(str).buffer });
	}
	/**
	* Converts a hexadecimal string to a Secret object.
	* @param {string} str Hexadecimal string.
	* @returns {Secret} Secret object.
	*/ static fromHex(str) {
		return new Secret({ buffer: hexDecode(str).buffer });
	}
	/**
	* Secret key buffer.
	* @deprecated For backward compatibility, the "bytes" property should be used instead.
	* @type {ArrayBufferLike}
	*/ get buffer() {
		return this.bytes.buffer;
	}
	/**
	* Latin-1 string representation of secret key.
	* @type {string}
	*/ get latin1() {
		Object.defineProperty(this, "latin1", {
			enumerable: true,
			writable: false,
			configurable: false,
			value: latin1Encode(this.bytes)
		});
		return this.latin1;
	}
	/**
	* UTF-8 string representation of secret key.
	* @type {string}
	*/ get utf8() {
		Object.defineProperty(this, "utf8", {
			enumerable: true,
			writable: false,
			configurable: false,
			value: utf8Encode(this.bytes)
		});
		return this.utf8;
	}
	/**
	* Base32 string representation of secret key.
	* @type {string}
	*/ get base32() {
		Object.defineProperty(this, "base32", {
			enumerable: true,
			writable: false,
			configurable: false,
			value: base32Encode(this.bytes)
		});
		return this.base32;
	}
	/**
	* Hexadecimal string representation of secret key.
	* @type {string}
	*/ get hex() {
		Object.defineProperty(this, "hex", {
			enumerable: true,
			writable: false,
			configurable: false,
			value: hexEncode(this.bytes)
		});
		return this.hex;
	}
	/**
	* Creates a secret key object.
	* @param {Object} [config] Configuration options.
	* @param {ArrayBufferLike} [config.buffer] Secret key buffer.
	* @param {number} [config.size=20] Number of random bytes to generate, ignored if 'buffer' is provided.
	*/ constructor({ buffer, size = 20 } = {}) {
		/**
		* Secret key.
		* @type {Uint8Array}
		* @readonly
		*/ this.bytes = typeof buffer === "undefined" ? randomBytes$1(size) : new Uint8Array(buffer);
		Object.defineProperty(this, "bytes", {
			enumerable: true,
			writable: false,
			configurable: false,
			value: this.bytes
		});
	}
};
/**
* Returns true if a is equal to b, without leaking timing information that would allow an attacker to guess one of the values.
* @param {string} a String a.
* @param {string} b String b.
* @returns {boolean} Equality result.
*/ const timingSafeEqual$1 = (a, b) => {
	if (crypto?.timingSafeEqual) return crypto.timingSafeEqual(globalScope.Buffer.from(a), globalScope.Buffer.from(b));
	else {
		if (a.length !== b.length) throw new TypeError("Input strings must have the same length");
		let i = -1;
		let out = 0;
		while (++i < a.length) out |= a.charCodeAt(i) ^ b.charCodeAt(i);
		return out === 0;
	}
};
/**
* HOTP: An HMAC-based One-time Password Algorithm.
* @see [RFC 4226](https://datatracker.ietf.org/doc/html/rfc4226)
*/ var HOTP = class HOTP {
	/**
	* Default configuration.
	* @type {{
	*   issuer: string,
	*   label: string,
	*   issuerInLabel: boolean,
	*   algorithm: string,
	*   digits: number,
	*   counter: number
	*   window: number
	* }}
	*/ static get defaults() {
		return {
			issuer: "",
			label: "OTPAuth",
			issuerInLabel: true,
			algorithm: "SHA1",
			digits: 6,
			counter: 0,
			window: 1
		};
	}
	/**
	* Generates an HOTP token.
	* @param {Object} config Configuration options.
	* @param {Secret} config.secret Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.counter=0] Counter value.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	* @returns {string} Token.
	*/ static generate({ secret, algorithm = HOTP.defaults.algorithm, digits = HOTP.defaults.digits, counter = HOTP.defaults.counter, hmac = hmacDigest }) {
		const message = uintDecode(counter);
		const digest = hmac(algorithm, secret.bytes, message);
		if (!digest?.byteLength || digest.byteLength < 19) throw new TypeError("Return value must be at least 19 bytes");
		const offset = digest[digest.byteLength - 1] & 15;
		return (((digest[offset] & 127) << 24 | (digest[offset + 1] & 255) << 16 | (digest[offset + 2] & 255) << 8 | digest[offset + 3] & 255) % 10 ** digits).toString().padStart(digits, "0");
	}
	/**
	* Generates an HOTP token.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.counter=this.counter++] Counter value.
	* @returns {string} Token.
	*/ generate({ counter = this.counter++ } = {}) {
		return HOTP.generate({
			secret: this.secret,
			algorithm: this.algorithm,
			digits: this.digits,
			counter,
			hmac: this.hmac
		});
	}
	/**
	* Validates an HOTP token.
	* @param {Object} config Configuration options.
	* @param {string} config.token Token value.
	* @param {Secret} config.secret Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.counter=0] Counter value.
	* @param {number} [config.window=1] Window of counter values to test.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	* @returns {number|null} Token delta or null if it is not found in the search window, in which case it should be considered invalid.
	*/ static validate({ token, secret, algorithm, digits = HOTP.defaults.digits, counter = HOTP.defaults.counter, window = HOTP.defaults.window, hmac = hmacDigest }) {
		if (token.length !== digits) return null;
		let delta = null;
		const check = (i) => {
			const generatedToken = HOTP.generate({
				secret,
				algorithm,
				digits,
				counter: i,
				hmac
			});
			if (timingSafeEqual$1(token, generatedToken)) delta = i - counter;
		};
		check(counter);
		for (let i = 1; i <= window && delta === null; ++i) {
			check(counter - i);
			if (delta !== null) break;
			check(counter + i);
			if (delta !== null) break;
		}
		return delta;
	}
	/**
	* Validates an HOTP token.
	* @param {Object} config Configuration options.
	* @param {string} config.token Token value.
	* @param {number} [config.counter=this.counter] Counter value.
	* @param {number} [config.window=1] Window of counter values to test.
	* @returns {number|null} Token delta or null if it is not found in the search window, in which case it should be considered invalid.
	*/ validate({ token, counter = this.counter, window }) {
		return HOTP.validate({
			token,
			secret: this.secret,
			algorithm: this.algorithm,
			digits: this.digits,
			counter,
			window,
			hmac: this.hmac
		});
	}
	/**
	* Returns a Google Authenticator key URI.
	* @returns {string} URI.
	*/ toString() {
		const e = encodeURIComponent;
		return `otpauth://hotp/${this.issuer.length > 0 ? this.issuerInLabel ? `${e(this.issuer)}:${e(this.label)}?issuer=${e(this.issuer)}&` : `${e(this.label)}?issuer=${e(this.issuer)}&` : `${e(this.label)}?`}secret=${e(this.secret.base32)}&algorithm=${e(this.algorithm)}&digits=${e(this.digits)}&counter=${e(this.counter)}`;
	}
	/**
	* Creates an HOTP object.
	* @param {Object} [config] Configuration options.
	* @param {string} [config.issuer=''] Account provider.
	* @param {string} [config.label='OTPAuth'] Account label.
	* @param {boolean} [config.issuerInLabel=true] Include issuer prefix in label.
	* @param {Secret|string} [config.secret=Secret] Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.counter=0] Initial counter value.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	*/ constructor({ issuer = HOTP.defaults.issuer, label = HOTP.defaults.label, issuerInLabel = HOTP.defaults.issuerInLabel, secret = new Secret(), algorithm = HOTP.defaults.algorithm, digits = HOTP.defaults.digits, counter = HOTP.defaults.counter, hmac } = {}) {
		/**
		* Account provider.
		* @type {string}
		*/ this.issuer = issuer;
		/**
		* Account label.
		* @type {string}
		*/ this.label = label;
		/**
		* Include issuer prefix in label.
		* @type {boolean}
		*/ this.issuerInLabel = issuerInLabel;
		/**
		* Secret key.
		* @type {Secret}
		*/ this.secret = typeof secret === "string" ? Secret.fromBase32(secret) : secret;
		/**
		* HMAC hashing algorithm.
		* @type {string}
		*/ this.algorithm = hmac ? algorithm : canonicalizeAlgorithm(algorithm);
		/**
		* Token length.
		* @type {number}
		*/ this.digits = digits;
		/**
		* Initial counter value.
		* @type {number}
		*/ this.counter = counter;
		/**
		* Custom HMAC function.
		* @type {((algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array)|undefined}
		*/ this.hmac = hmac;
	}
};
/**
* TOTP: Time-Based One-Time Password Algorithm.
* @see [RFC 6238](https://datatracker.ietf.org/doc/html/rfc6238)
*/ var TOTP = class TOTP {
	/**
	* Default configuration.
	* @type {{
	*   issuer: string,
	*   label: string,
	*   issuerInLabel: boolean,
	*   algorithm: string,
	*   digits: number,
	*   period: number
	*   window: number
	* }}
	*/ static get defaults() {
		return {
			issuer: "",
			label: "OTPAuth",
			issuerInLabel: true,
			algorithm: "SHA1",
			digits: 6,
			period: 30,
			window: 1
		};
	}
	/**
	* Calculates the counter. i.e. the number of periods since timestamp 0.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.period=30] Token time-step duration.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @returns {number} Counter.
	*/ static counter({ period = TOTP.defaults.period, timestamp = Date.now() } = {}) {
		return Math.floor(timestamp / 1e3 / period);
	}
	/**
	* Calculates the counter. i.e. the number of periods since timestamp 0.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @returns {number} Counter.
	*/ counter({ timestamp = Date.now() } = {}) {
		return TOTP.counter({
			period: this.period,
			timestamp
		});
	}
	/**
	* Calculates the remaining time in milliseconds until the next token is generated.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.period=30] Token time-step duration.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @returns {number} counter.
	*/ static remaining({ period = TOTP.defaults.period, timestamp = Date.now() } = {}) {
		return period * 1e3 - timestamp % (period * 1e3);
	}
	/**
	* Calculates the remaining time in milliseconds until the next token is generated.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @returns {number} counter.
	*/ remaining({ timestamp = Date.now() } = {}) {
		return TOTP.remaining({
			period: this.period,
			timestamp
		});
	}
	/**
	* Generates a TOTP token.
	* @param {Object} config Configuration options.
	* @param {Secret} config.secret Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.period=30] Token time-step duration.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	* @returns {string} Token.
	*/ static generate({ secret, algorithm, digits, period = TOTP.defaults.period, timestamp = Date.now(), hmac }) {
		return HOTP.generate({
			secret,
			algorithm,
			digits,
			counter: TOTP.counter({
				period,
				timestamp
			}),
			hmac
		});
	}
	/**
	* Generates a TOTP token.
	* @param {Object} [config] Configuration options.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @returns {string} Token.
	*/ generate({ timestamp = Date.now() } = {}) {
		return TOTP.generate({
			secret: this.secret,
			algorithm: this.algorithm,
			digits: this.digits,
			period: this.period,
			timestamp,
			hmac: this.hmac
		});
	}
	/**
	* Validates a TOTP token.
	* @param {Object} config Configuration options.
	* @param {string} config.token Token value.
	* @param {Secret} config.secret Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.period=30] Token time-step duration.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @param {number} [config.window=1] Window of counter values to test.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	* @returns {number|null} Token delta or null if it is not found in the search window, in which case it should be considered invalid.
	*/ static validate({ token, secret, algorithm, digits, period = TOTP.defaults.period, timestamp = Date.now(), window, hmac }) {
		return HOTP.validate({
			token,
			secret,
			algorithm,
			digits,
			counter: TOTP.counter({
				period,
				timestamp
			}),
			window,
			hmac
		});
	}
	/**
	* Validates a TOTP token.
	* @param {Object} config Configuration options.
	* @param {string} config.token Token value.
	* @param {number} [config.timestamp=Date.now] Timestamp value in milliseconds.
	* @param {number} [config.window=1] Window of counter values to test.
	* @returns {number|null} Token delta or null if it is not found in the search window, in which case it should be considered invalid.
	*/ validate({ token, timestamp, window }) {
		return TOTP.validate({
			token,
			secret: this.secret,
			algorithm: this.algorithm,
			digits: this.digits,
			period: this.period,
			timestamp,
			window,
			hmac: this.hmac
		});
	}
	/**
	* Returns a Google Authenticator key URI.
	* @returns {string} URI.
	*/ toString() {
		const e = encodeURIComponent;
		return `otpauth://totp/${this.issuer.length > 0 ? this.issuerInLabel ? `${e(this.issuer)}:${e(this.label)}?issuer=${e(this.issuer)}&` : `${e(this.label)}?issuer=${e(this.issuer)}&` : `${e(this.label)}?`}secret=${e(this.secret.base32)}&algorithm=${e(this.algorithm)}&digits=${e(this.digits)}&period=${e(this.period)}`;
	}
	/**
	* Creates a TOTP object.
	* @param {Object} [config] Configuration options.
	* @param {string} [config.issuer=''] Account provider.
	* @param {string} [config.label='OTPAuth'] Account label.
	* @param {boolean} [config.issuerInLabel=true] Include issuer prefix in label.
	* @param {Secret|string} [config.secret=Secret] Secret key.
	* @param {string} [config.algorithm='SHA1'] HMAC hashing algorithm.
	* @param {number} [config.digits=6] Token length.
	* @param {number} [config.period=30] Token time-step duration.
	* @param {(algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array} [config.hmac] Custom HMAC function.
	*/ constructor({ issuer = TOTP.defaults.issuer, label = TOTP.defaults.label, issuerInLabel = TOTP.defaults.issuerInLabel, secret = new Secret(), algorithm = TOTP.defaults.algorithm, digits = TOTP.defaults.digits, period = TOTP.defaults.period, hmac } = {}) {
		/**
		* Account provider.
		* @type {string}
		*/ this.issuer = issuer;
		/**
		* Account label.
		* @type {string}
		*/ this.label = label;
		/**
		* Include issuer prefix in label.
		* @type {boolean}
		*/ this.issuerInLabel = issuerInLabel;
		/**
		* Secret key.
		* @type {Secret}
		*/ this.secret = typeof secret === "string" ? Secret.fromBase32(secret) : secret;
		/**
		* HMAC hashing algorithm.
		* @type {string}
		*/ this.algorithm = hmac ? algorithm : canonicalizeAlgorithm(algorithm);
		/**
		* Token length.
		* @type {number}
		*/ this.digits = digits;
		/**
		* Token time-step duration.
		* @type {number}
		*/ this.period = period;
		/**
		* Custom HMAC function.
		* @type {((algorithm: string, key: Uint8Array, message: Uint8Array) => Uint8Array)|undefined}
		*/ this.hmac = hmac;
	}
};
// dist/src/server/auth/totp.js
const PERIOD = 30;
function totpFor(secret, label = "cirrus") {
	return new TOTP({
		issuer: "Cirrus",
		label,
		algorithm: "SHA1",
		digits: 6,
		period: PERIOD,
		secret: Secret.fromBase32(secret)
	});
}
function newTotpSecret(user) {
	const secret = new Secret({ size: 20 }).base32;
	return {
		secret,
		uri: totpFor(secret, user).toString()
	};
}
/**
* The time step a code belongs to (one step of drift either way is accepted), or
* null when it is wrong. Callers refuse steps at or before the last one accepted,
* so an observed code cannot be replayed.
*/
function totpStep(secret, code, now = Date.now()) {
	const delta = totpFor(secret).validate({
		token: code,
		timestamp: now,
		window: 1
	});
	if (delta === null) return null;
	return Math.floor(now / 1e3 / PERIOD) + delta;
}
// dist/src/server/auth/auth-service.js
const LAST_SEEN_RESOLUTION_MS = 6e4;
var AuthService = class {
	store;
	now;
	byAccount;
	byAddress;
	constructor(store, limits, now = Date.now) {
		this.store = store;
		this.now = now;
		this.byAccount = new FailureLimiter(limits.perAccount, limits.windowMs, now);
		this.byAddress = new FailureLimiter(limits.perAddress, limits.windowMs, now);
	}
	async login(request, address) {
		const accountKey = request.user;
		const wait = Math.max(this.byAccount.retryAfter(accountKey), this.byAddress.retryAfter(address));
		if (wait > 0) throw new CirrusError("rate_limited", "too many failed sign-ins; try again later", { retryAfterSeconds: Math.ceil(wait / 1e3) });
		const account = this.store.findAccount(request.user);
		const passwordOk = await verifyPassword(request.password, account?.passwordHash ?? await dummyPasswordHash());
		const fail = (code, message) => {
			this.byAccount.fail(accountKey);
			this.byAddress.fail(address);
			throw new CirrusError(code, message);
		};
		if (!account || !passwordOk) return fail("unauthorized", "wrong user name or password");
		if (this.store.getAccount(account.id)?.passwordHash !== account.passwordHash) return fail("unauthorized", "wrong user name or password");
		if (account.totpSecret) {
			if (!request.totp) throw new CirrusError("totp_required", "this account needs a one-time code");
			const step = totpStep(account.totpSecret, request.totp, this.now());
			if (step === null || step <= account.totpLastStep) return fail("unauthorized", "wrong or reused one-time code");
			this.store.setTotp(account.id, { totpLastStep: step });
		}
		this.byAccount.clear(accountKey);
		const token = newToken();
		return {
			token,
			deviceId: this.store.createDevice(account.id, request.deviceName, hashToken(token)).id,
			user: account.name,
			fingerprint: this.store.fingerprint()
		};
	}
	/** The account and device behind a request's bearer token, or an `unauthorized` error. */
	authenticate(authorization) {
		const token = bearerToken(authorization);
		const found = token ? this.store.deviceByTokenHash(hashToken(token)) : null;
		if (!found) throw new CirrusError("unauthorized", "missing, invalid or revoked token");
		const now = this.now();
		if (found.device.lastSeenAt === null || now - found.device.lastSeenAt > LAST_SEEN_RESOLUTION_MS) this.store.touchDevice(found.device.id, now);
		return found;
	}
	enrollTotp(account) {
		if (account.totpSecret) throw new CirrusError("bad_request", "a second factor is already enrolled");
		const enrollment = newTotpSecret(account.name);
		this.store.setTotp(account.id, { totpPending: enrollment.secret });
		return enrollment;
	}
	/** Confirms an enrollment with a first code; from then on login needs a code. */
	verifyTotp(account, code) {
		const secret = account.totpPending;
		if (!secret) throw new CirrusError("bad_request", "start an enrollment first");
		const step = this.checkCode(account, secret, code);
		this.store.setTotp(account.id, {
			totpSecret: secret,
			totpPending: null,
			totpLastStep: step
		});
	}
	disableTotp(account, code) {
		if (!account.totpSecret) throw new CirrusError("bad_request", "no second factor is enrolled");
		this.checkCode(account, account.totpSecret, code);
		this.store.setTotp(account.id, {
			totpSecret: null,
			totpPending: null,
			totpLastStep: 0
		});
	}
	/**
	* A code's time step, refusing wrong and replayed codes; failures count against the
	* account like failed sign-ins, so codes cannot be guessed through these routes.
	*/
	checkCode(account, secret, code) {
		const wait = this.byAccount.retryAfter(account.name);
		if (wait > 0) throw new CirrusError("rate_limited", "too many wrong codes; try again later", { retryAfterSeconds: Math.ceil(wait / 1e3) });
		const step = totpStep(secret, code, this.now());
		if (step === null || step <= account.totpLastStep) {
			this.byAccount.fail(account.name);
			throw new CirrusError("unauthorized", "wrong or reused one-time code");
		}
		return step;
	}
};
// dist/src/server/blob/adjacent-runs.js
var import_pino = require_pino();
/** Runs over `locations` in their order, each at most `maxBytes` (or one chunk). */
function adjacentRuns(locations, maxBytes) {
	const runs = [];
	let run = null;
	locations.forEach((at, i) => {
		const joins = run !== null && run.packId === at.packId && run.offset + run.length === at.offset && run.length + at.length <= maxBytes;
		if (run !== null && joins) {
			run.length += at.length;
			run.count++;
			return;
		}
		run = {
			packId: at.packId,
			offset: at.offset,
			length: at.length,
			first: i,
			count: 1
		};
		runs.push(run);
	});
	return runs;
}
// dist/src/server/blob/index-db.js
const SCHEMA_VERSION$1 = 1;
const SCHEMA$1 = `
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name BLOB NOT NULL UNIQUE,   -- UTF-16LE code units: lossless for any JS string
    dir_key TEXT NOT NULL UNIQUE -- SHA-256 of name: the only account-derived path part
  );
  -- AUTOINCREMENT: a pack id is never reused, so a stale file can never alias a new pack.
  CREATE TABLE packs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    size INTEGER NOT NULL        -- bytes covered by committed rows; the rest is garbage
  );
  CREATE INDEX packs_by_account ON packs(account_id, id);
  CREATE TABLE chunks (
    account_id INTEGER NOT NULL,
    id BLOB NOT NULL,            -- the 32-byte SHA-256
    pack_id INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL,
    byte_length INTEGER NOT NULL,
    touched_at INTEGER NOT NULL, -- epoch ms of the last store or touch
    PRIMARY KEY (account_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX chunks_by_pack ON chunks(pack_id, byte_offset);
  CREATE INDEX chunks_by_touch ON chunks(account_id, touched_at);
`;
/** Opens (creating or migrating) the index; throws CirrusError "unavailable" if it is in use. */
function openIndexDb(file) {
	const db = new Database(file, { timeout: 200 });
	try {
		db.pragma("locking_mode = EXCLUSIVE");
		db.pragma("journal_mode = WAL");
		db.pragma("synchronous = FULL");
		db.pragma(`cache_size = -65536`);
		db.exec("BEGIN EXCLUSIVE; COMMIT");
		migrate(db);
		return db;
	} catch (error) {
		db.close();
		if (error.code === "SQLITE_BUSY") throw new CirrusError("unavailable", "the blob store's data dir is in use by another process");
		throw error;
	}
}
function migrate(db) {
	const version = db.pragma("user_version", { simple: true });
	if (version === SCHEMA_VERSION$1) return;
	if (version !== 0) throw new CirrusError("internal", `index.db has schema ${version}; this build knows ${SCHEMA_VERSION$1}`);
	db.transaction(() => {
		db.exec(SCHEMA$1);
		db.pragma(`user_version = ${SCHEMA_VERSION$1}`);
	})();
}
// dist/src/server/blob/pack-layout.js
const INDEX_FILE = "index.db";
const PACKS_DIR = "packs";
const PACK_FILE = /^(\d{1,15})\.pack$/;
const ACCOUNT_DIR = /^[0-9a-f]{64}$/;
const FANOUT_DIR = /^[0-9a-f]{2}$/;
/**
* The directory key of an account: SHA-256 of its name's UTF-16 code units. UTF-16LE
* is lossless for every JS string (lone surrogates included), so two distinct names
* can never share a directory.
*/
function accountDirKey(nameKey) {
	return createHash("sha256").update(nameKey).digest("hex");
}
/** The account name as stored in the index: exact UTF-16 code units. */
function accountNameKey(name) {
	return Buffer.from(name, "utf16le");
}
function accountNameFromKey(key) {
	return key.toString("utf16le");
}
var PackLayout = class {
	root;
	packsRoot;
	indexPath;
	constructor(root) {
		this.root = root;
		this.packsRoot = path.join(root, PACKS_DIR);
		this.indexPath = path.join(root, INDEX_FILE);
	}
	/** packs/<first two hex digits>/<account key>/: the fan-out keeps directories small. */
	accountDir(dirKey) {
		if (!ACCOUNT_DIR.test(dirKey)) throw new Error(`bad account dir key ${dirKey}`);
		return path.join(this.packsRoot, dirKey.slice(0, 2), dirKey);
	}
	packPath(dirKey, packId) {
		if (!Number.isSafeInteger(packId) || packId <= 0) throw new Error(`bad pack id ${packId}`);
		return path.join(this.accountDir(dirKey), `${String(packId).padStart(10, "0")}.pack`);
	}
	/** The directories whose entries must be durable once a new pack file exists in dirKey. */
	dirsToSyncForNewPack(dirKey) {
		const accountDir = this.accountDir(dirKey);
		return [
			accountDir,
			path.dirname(accountDir),
			this.packsRoot,
			this.root
		];
	}
};
/** Recognise packs/<xx>/<key>/<id>.pack; anything else is not ours and is left alone. */
function parsePackFile(fanout, dirKey, file) {
	if (!FANOUT_DIR.test(fanout) || !ACCOUNT_DIR.test(dirKey) || !dirKey.startsWith(fanout)) return null;
	const match = PACK_FILE.exec(file);
	return match?.[1] === void 0 ? null : Number(match[1]);
}
/**
* fsync a directory so a file created (or removed) in it survives power loss. Windows
* cannot open directories for syncing and its file systems do not need it.
*/
async function syncDir(dir) {
	if (process.platform === "win32") return;
	const handle = await open(dir, "r");
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
function syncDirSync(dir) {
	if (process.platform === "win32") return;
	const fd = openSync(dir, "r");
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}
// dist/src/server/blob/chunk-id.js
const CHUNK_ID = /^[0-9a-f]{64}$/;
function isChunkId(value) {
	return CHUNK_ID.test(value);
}
function sha256Hex(data) {
	return createHash("sha256").update(data).digest("hex");
}
/** Ids travel as hex; the index keeps the 32 raw bytes, which halves its size. */
function idToKey(id) {
	return Buffer.from(id, "hex");
}
function keyToId(key) {
	return key.toString("hex");
}
/**
* Throws CirrusError "hash_mismatch" naming the first chunk whose bytes do not hash to
* its id. Called before anything is written, so a bad chunk rejects the whole call.
*/
function verifyChunks(chunks) {
	for (const chunk of chunks) if (sha256Hex(chunk.data) !== chunk.id) throw new CirrusError("hash_mismatch", `chunk ${describeId(chunk.id)} does not match the SHA-256 of its ${chunk.data.length} bytes`, { id: truncateId(chunk.id) });
}
/** Throws CirrusError "bad_request" unless every id is a well-formed chunk id. */
function requireChunkIds(ids) {
	for (const id of ids) if (!isChunkId(id)) throw new CirrusError("bad_request", `${describeId(id)} is not a chunk id (64 lowercase hex digits)`);
}
/** Ids come from clients: cap what of them ends up in messages and logs. */
function describeId(id) {
	return JSON.stringify(truncateId(id));
}
function truncateId(id) {
	return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}
// dist/src/server/blob/blob-index.js
var BlobIndex = class {
	db;
	stmt;
	constructor(file) {
		this.db = openIndexDb(file);
		this.stmt = this.prepare();
	}
	prepare() {
		const db = this.db;
		return {
			accountByName: db.prepare("SELECT id, dir_key FROM accounts WHERE name = ?"),
			insertAccount: db.prepare("INSERT INTO accounts (name, dir_key) VALUES (?, ?)"),
			accountsWithChunks: db.prepare(`SELECT name FROM accounts a WHERE EXISTS (SELECT 1 FROM chunks c WHERE c.account_id = a.id)`),
			location: db.prepare("SELECT pack_id, byte_offset, byte_length FROM chunks WHERE account_id = ? AND id = ?"),
			touchedAt: db.prepare("SELECT touched_at FROM chunks WHERE account_id = ? AND id = ?"),
			touch: db.prepare("UPDATE chunks SET touched_at = ? WHERE account_id = ? AND id = ?"),
			insertChunk: db.prepare(`INSERT INTO chunks (account_id, id, pack_id, byte_offset, byte_length, touched_at)
         VALUES (?, ?, ?, ?, ?, ?)`),
			idle: db.prepare("SELECT id FROM chunks WHERE account_id = ? AND touched_at < ? ORDER BY id"),
			deleteChunk: db.prepare("DELETE FROM chunks WHERE account_id = ? AND id = ? AND touched_at < ?"),
			insertPack: db.prepare("INSERT INTO packs (account_id, size) VALUES (?, 0)"),
			latestPack: db.prepare("SELECT id, size FROM packs WHERE account_id = ? ORDER BY id DESC LIMIT 1"),
			pack: db.prepare(`SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size
         FROM packs p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?`),
			packs: db.prepare(`SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size
         FROM packs p JOIN accounts a ON a.id = p.account_id ORDER BY p.id`),
			packUsage: db.prepare(`SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size,
                (SELECT COALESCE(SUM(c.byte_length), 0) FROM chunks c WHERE c.pack_id = p.id) AS live
         FROM packs p JOIN accounts a ON a.id = p.account_id ORDER BY p.id`),
			setPackSize: db.prepare("UPDATE packs SET size = ? WHERE id = ?"),
			deletePack: db.prepare("DELETE FROM packs WHERE id = ?"),
			chunksInPack: db.prepare("SELECT id, byte_offset, byte_length FROM chunks WHERE pack_id = ? ORDER BY byte_offset"),
			countInPack: db.prepare("SELECT COUNT(*) AS n FROM chunks WHERE pack_id = ?"),
			moveChunk: db.prepare(`UPDATE chunks SET pack_id = ?, byte_offset = ?
         WHERE account_id = ? AND id = ? AND pack_id = ? AND byte_offset = ?`),
			maxPackId: db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'packs'")
		};
	}
	account(name) {
		const row = this.stmt.accountByName.get(accountNameKey(name));
		return row === void 0 ? null : {
			id: row.id,
			dirKey: row.dir_key
		};
	}
	ensureAccount(name) {
		const existing = this.account(name);
		if (existing !== null) return existing;
		const key = accountNameKey(name);
		const dirKey = accountDirKey(key);
		return {
			id: Number(this.stmt.insertAccount.run(key, dirKey).lastInsertRowid),
			dirKey
		};
	}
	accountNames() {
		return this.stmt.accountsWithChunks.all().map((row) => accountNameFromKey(row.name)).sort();
	}
	location(accountId, key) {
		const row = this.stmt.location.get(accountId, key);
		if (row === void 0) return null;
		return {
			packId: row.pack_id,
			offset: row.byte_offset,
			length: row.byte_length
		};
	}
	has(accountId, key) {
		return this.stmt.touchedAt.get(accountId, key) !== void 0;
	}
	/**
	* The ids (of `ids`, in order) the account lacks; present ones are touched. One
	* transaction: 20,000 point lookups on the primary key take tens of milliseconds,
	* and rows already touched at `now` are not rewritten, so a repeat query writes nothing.
	*/
	missingAndTouch(accountId, ids, now, slackMs) {
		return this.db.transaction(() => {
			const missing = [];
			for (const id of ids) {
				const key = Buffer.from(id, "hex");
				const row = this.stmt.touchedAt.get(accountId, key);
				if (row === void 0) missing.push(id);
				else if (row.touched_at < now - slackMs) this.stmt.touch.run(now, accountId, key);
			}
			return missing;
		})();
	}
	idle(accountId, cutoffMs) {
		return this.stmt.idle.all(accountId, cutoffMs).map((row) => keyToId(row.id));
	}
	/** Deletes the rows still idle before `idleBefore`; returns how many went. */
	deleteChunks(accountId, keys, idleBefore) {
		return this.db.transaction(() => {
			let deleted = 0;
			for (const key of keys) deleted += this.stmt.deleteChunk.run(accountId, key, idleBefore).changes;
			return deleted;
		})();
	}
	/** Records a new (empty) pack and returns its id; the file is created after this. */
	createPack(accountId) {
		return Number(this.stmt.insertPack.run(accountId).lastInsertRowid);
	}
	latestPack(accountId) {
		return this.stmt.latestPack.get(accountId) ?? null;
	}
	pack(packId) {
		return this.stmt.pack.get(packId) ?? null;
	}
	packs() {
		return this.stmt.packs.all();
	}
	packUsage() {
		return this.stmt.packUsage.all();
	}
	/** The highest pack id ever handed out (0 if none): files above it are not ours. */
	maxAssignedPackId() {
		return this.stmt.maxPackId.get()?.seq ?? 0;
	}
	/** Forgets a pack that holds no chunks; returns false (and keeps it) if it does. */
	deleteEmptyPack(packId) {
		return this.db.transaction(() => {
			if ((this.stmt.countInPack.get(packId)?.n ?? 0) > 0) return false;
			this.stmt.deletePack.run(packId);
			return true;
		})();
	}
	chunksInPack(packId) {
		return this.stmt.chunksInPack.all(packId).map((row) => ({
			key: row.id,
			offset: row.byte_offset,
			length: row.byte_length
		}));
	}
	/** One transaction: new rows, touches of rows that already existed, new pack ends. */
	commitPut(rows, touches, ends, now) {
		this.db.transaction(() => {
			for (const r of rows) this.stmt.insertChunk.run(r.accountId, r.key, r.packId, r.offset, r.length, now);
			for (const t of touches) this.stmt.touch.run(now, t.accountId, t.key);
			for (const e of ends) this.stmt.setPackSize.run(e.end, e.packId);
		})();
	}
	/**
	* One transaction: point the moved rows at their copies, record the new pack ends
	* and forget the old pack. A row is moved only if it still sits where it was copied
	* from, so a concurrent change can never be overwritten with a stale location.
	*/
	commitCompaction(accountId, moves, ends, oldPackId) {
		this.db.transaction(() => {
			for (const m of moves) this.stmt.moveChunk.run(m.to.packId, m.to.offset, accountId, m.key, m.from.packId, m.from.offset);
			for (const e of ends) this.stmt.setPackSize.run(e.end, e.packId);
			if ((this.stmt.countInPack.get(oldPackId)?.n ?? 0) > 0) throw new Error(`pack ${oldPackId} still holds chunks after compaction`);
			this.stmt.deletePack.run(oldPackId);
		})();
	}
	close() {
		this.db.close();
	}
};
// dist/src/server/blob/pack-compactor.js
/** A pack is worth rewriting when under half of it is live (an empty one always is). */
function isSparse(pack) {
	return pack.size === 0 || pack.live * 2 < pack.size;
}
function sparsePacks(index) {
	return index.packUsage().filter(isSparse);
}
/**
* Rewrites one pack. Must run where no put batch or delete can interleave (the
* store's lane); reads may run at any time: until the commit they find the old
* copies, after it the new ones, and an open handle outlives the unlink.
* Returns the bytes reclaimed, or 0 if the pack no longer needed compacting.
*/
async function compactPack(deps, packId) {
	const { index, writer, cache, layout, log } = deps;
	const pack = index.pack(packId);
	if (pack === null) return 0;
	const chunks = index.chunksInPack(packId);
	const live = chunks.reduce((sum, c) => sum + c.length, 0);
	if (!isSparse({
		size: pack.size,
		live
	})) return 0;
	await writer.retire(packId);
	const file = layout.packPath(pack.dirKey, packId);
	const buffers = [];
	for (const c of chunks) buffers.push(await cache.read(packId, file, c.offset, c.length));
	const account = {
		id: pack.accountId,
		dirKey: pack.dirKey
	};
	try {
		const targets = await writer.append(account, buffers);
		const ends = await writer.sync();
		const moves = chunks.map((c, i) => ({
			key: c.key,
			from: {
				packId,
				offset: c.offset,
				length: c.length
			},
			to: targets[i] ?? unreachable()
		}));
		index.commitCompaction(account.id, moves, ends, packId);
	} catch (error) {
		await writer.abort();
		throw error;
	}
	await writer.committed();
	cache.evict(packId);
	try {
		await unlink(file);
	} catch (error) {
		if (error.code !== "ENOENT") log.warn({
			err: error,
			packId
		}, "could not unlink a compacted pack; it is removed at the next start");
	}
	log.info({
		packId,
		moved: chunks.length,
		reclaimed: pack.size - live
	}, "compacted pack");
	return pack.size - live;
}
function unreachable() {
	throw new Error("pack writer returned fewer locations than buffers");
}
// dist/src/server/blob/pack-read-cache.js
var PackReadCache = class {
	maxOpen;
	entries = /* @__PURE__ */ new Map();
	closing = /* @__PURE__ */ new Set();
	constructor(maxOpen = 64) {
		this.maxOpen = maxOpen;
	}
	/** Reads exactly `length` bytes at `offset` of the pack; a short file is an error. */
	async read(packId, path, offset, length) {
		if (length === 0) return Buffer.alloc(0);
		const entry = this.acquire(packId, path);
		try {
			const handle = await entry.handle;
			const buffer = Buffer.allocUnsafe(length);
			let filled = 0;
			while (filled < length) {
				const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
				if (bytesRead === 0) throw new CirrusError("internal", `pack ${packId} ends before byte ${offset + length}`);
				filled += bytesRead;
			}
			return buffer;
		} finally {
			this.release(packId, entry);
		}
	}
	/** Stop caching the pack's handle (closed now, or when its last reader finishes). */
	evict(packId) {
		const entry = this.entries.get(packId);
		if (entry === void 0) return;
		this.entries.delete(packId);
		entry.retired = true;
		if (entry.users === 0) this.closeHandle(entry);
	}
	/** Close every handle; waits for running reads to finish with theirs. */
	async close() {
		for (const packId of [...this.entries.keys()]) this.evict(packId);
		while (this.closing.size > 0) await Promise.all(this.closing);
	}
	acquire(packId, path) {
		let entry = this.entries.get(packId);
		if (entry === void 0) {
			entry = {
				handle: open(path, "r"),
				users: 0,
				retired: false
			};
			const opened = entry;
			opened.handle.catch(() => {
				if (this.entries.get(packId) === opened) this.entries.delete(packId);
				opened.retired = true;
			});
		} else this.entries.delete(packId);
		this.entries.set(packId, entry);
		entry.users += 1;
		this.trim();
		return entry;
	}
	release(packId, entry) {
		entry.users -= 1;
		if (entry.users === 0 && entry.retired && this.entries.get(packId) !== entry) this.closeHandle(entry);
	}
	trim() {
		for (const [packId, entry] of this.entries) {
			if (this.entries.size <= this.maxOpen) return;
			if (entry.users === 0) this.evict(packId);
		}
	}
	closeHandle(entry) {
		const tracked = entry.handle.then((handle) => handle.close()).catch(() => void 0).finally(() => this.closing.delete(tracked));
		this.closing.add(tracked);
	}
};
// dist/src/server/blob/pack-recovery.js
function recoverPacks(index, layout, log) {
	mkdirSync(layout.packsRoot, { recursive: true });
	const known = /* @__PURE__ */ new Map();
	for (const pack of index.packs()) {
		known.set(pack.id, pack);
		checkPack(index, layout, pack, log);
	}
	removeOrphans(index, layout, known, log);
}
function checkPack(index, layout, pack, log) {
	const file = layout.packPath(pack.dirKey, pack.id);
	const size = fileSize(file);
	if (size === null) {
		if (pack.size === 0 && index.deleteEmptyPack(pack.id)) return;
		log.error({
			packId: pack.id,
			file
		}, "pack file is missing: its chunks cannot be read");
		return;
	}
	if (size > pack.size) {
		truncateDurably(file, pack.size);
		log.warn({
			packId: pack.id,
			bytes: size - pack.size
		}, "trimmed unindexed bytes from a pack (a write interrupted before its commit)");
	} else if (size < pack.size) log.error({
		packId: pack.id,
		size,
		indexed: pack.size
	}, "pack file is shorter than its index: chunks past its end cannot be read");
	if (pack.size === 0 && index.deleteEmptyPack(pack.id)) unlinkDurably(file);
}
/**
* Pack files with no row: leftovers of a compaction or cleanup interrupted between
* its commit and its unlink. Ids are never reused, so any id the index has handed out
* but no longer lists is garbage. An id the index never handed out means index.db
* does not belong to these packs (lost or replaced): refuse to start rather than
* delete data.
*/
function removeOrphans(index, layout, known, log) {
	const maxAssigned = index.maxAssignedPackId();
	for (const fanout of listDir(layout.packsRoot)) for (const dirKey of listDir(path.join(layout.packsRoot, fanout))) for (const name of listDir(path.join(layout.packsRoot, fanout, dirKey))) {
		const packId = parsePackFile(fanout, dirKey, name);
		if (packId === null) continue;
		const file = path.join(layout.packsRoot, fanout, dirKey, name);
		const row = known.get(packId);
		if (row !== void 0) {
			if (row.dirKey !== dirKey) log.warn({
				file,
				packId
			}, "pack file in another account's directory; left alone");
			continue;
		}
		if (packId > maxAssigned) throw new CirrusError("internal", `pack file ${file} is newer than anything in index.db: the index does not belong to these packs`);
		unlinkDurably(file);
		log.info({ packId }, "removed a pack file the index no longer lists");
	}
}
function fileSize(file) {
	try {
		return statSync(file).size;
	} catch (error) {
		if (error.code === "ENOENT") return null;
		throw error;
	}
}
function truncateDurably(file, size) {
	const fd = openSync(file, "r+");
	try {
		ftruncateSync(fd, size);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}
function unlinkDurably(file) {
	try {
		unlinkSync(file);
	} catch (error) {
		if (error.code === "ENOENT") return;
		throw error;
	}
	syncDirSync(path.dirname(file));
}
function listDir(dir) {
	try {
		return readdirSync(dir);
	} catch (error) {
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") return [];
		throw error;
	}
}
// dist/src/server/blob/pack-writer.js
var PackWriter = class {
	index;
	layout;
	sizeCap;
	/** The pack each account appends to (at most one per account). */
	active = /* @__PURE__ */ new Map();
	/** Packs written since the last commit or abort. */
	dirty = /* @__PURE__ */ new Set();
	/** Packs that filled up in this batch: synced and committed with it, then closed. */
	rolled = [];
	/** Packs a failed batch left behind: never appended to again in this process. */
	abandoned = /* @__PURE__ */ new Set();
	constructor(index, layout, sizeCap) {
		this.index = index;
		this.layout = layout;
		this.sizeCap = sizeCap;
	}
	/** Writes the buffers (not yet durable) and returns where each one went, in order. */
	async append(account, buffers) {
		const locations = [];
		const runs = /* @__PURE__ */ new Map();
		for (const data of buffers) {
			const pack = await this.packWithRoom(account, data.length);
			let run = runs.get(pack);
			if (run === void 0) {
				run = {
					start: pack.end,
					buffers: []
				};
				runs.set(pack, run);
			}
			run.buffers.push(data);
			locations.push({
				packId: pack.id,
				offset: pack.end,
				length: data.length
			});
			pack.end += data.length;
			this.dirty.add(pack);
		}
		for (const [pack, run] of runs) await writeFully(pack.handle, run.buffers, run.start);
		return locations;
	}
	/** fsync every pack written since the last commit (in parallel); returns their new ends. */
	async sync() {
		const packs = [...this.dirty];
		await Promise.all(packs.map((pack) => pack.handle.datasync()));
		const dirs = new Set(packs.filter((p) => p.isNew).flatMap((p) => this.layout.dirsToSyncForNewPack(p.account.dirKey)));
		for (const dir of dirs) await syncDir(dir);
		return packs.map((pack) => ({
			packId: pack.id,
			end: pack.end
		}));
	}
	/** The index now covers everything written: make that the new baseline. */
	async committed() {
		for (const pack of this.dirty) {
			pack.committedEnd = pack.end;
			pack.isNew = false;
		}
		this.dirty.clear();
		await this.closeRolled();
	}
	/**
	* Give up on everything written since the last commit. The touched packs are closed
	* and not reused: after a failed write or fsync the kernel's view of their tail is
	* unknowable. Their unindexed tails are trimmed at the next start.
	*/
	async abort() {
		const packs = /* @__PURE__ */ new Set([...this.dirty, ...this.rolled]);
		this.dirty.clear();
		this.rolled.length = 0;
		for (const pack of packs) {
			this.abandoned.add(pack.id);
			if (this.active.get(pack.account.id) === pack) this.active.delete(pack.account.id);
			await pack.handle.close().catch(() => void 0);
		}
	}
	/** Stop appending to a pack (compaction is about to rewrite it). Not during a batch. */
	async retire(packId) {
		for (const [accountId, pack] of this.active) {
			if (pack.id !== packId) continue;
			this.active.delete(accountId);
			this.abandoned.add(packId);
			await pack.handle.close();
		}
	}
	async close() {
		await this.abort();
		for (const pack of this.active.values()) await pack.handle.close();
		this.active.clear();
	}
	async packWithRoom(account, length) {
		let pack = this.active.get(account.id) ?? await this.reopenLatest(account);
		if (pack !== null && (pack.end === 0 || pack.end + length <= this.sizeCap)) {
			this.active.set(account.id, pack);
			return pack;
		}
		if (pack !== null) {
			this.active.delete(account.id);
			this.rolled.push(pack);
		}
		pack = await this.createPack(account);
		this.active.set(account.id, pack);
		return pack;
	}
	/** After a restart, keep filling the account's newest pack if it has room and is intact. */
	async reopenLatest(account) {
		const latest = this.index.latestPack(account.id);
		if (latest === null || latest.size >= this.sizeCap || this.abandoned.has(latest.id)) return null;
		let handle;
		try {
			handle = await open(this.layout.packPath(account.dirKey, latest.id), "r+");
		} catch (error) {
			if (error.code === "ENOENT") return null;
			throw error;
		}
		const { size } = await handle.stat();
		if (size !== latest.size) {
			await handle.close();
			this.abandoned.add(latest.id);
			return null;
		}
		return {
			id: latest.id,
			account,
			handle,
			committedEnd: size,
			end: size,
			isNew: false
		};
	}
	async createPack(account) {
		const id = this.index.createPack(account.id);
		await mkdir(this.layout.accountDir(account.dirKey), { recursive: true });
		return {
			id,
			account,
			handle: await open(this.layout.packPath(account.dirKey, id), "wx"),
			committedEnd: 0,
			end: 0,
			isNew: true
		};
	}
	async closeRolled() {
		const rolled = this.rolled.splice(0);
		for (const pack of rolled) await pack.handle.close();
	}
};
/** writev, then finish by hand if the kernel took fewer bytes than asked. */
async function writeFully(handle, buffers, position) {
	const total = buffers.reduce((sum, b) => sum + b.length, 0);
	if (total === 0) return;
	let written = (await handle.writev(buffers, position)).bytesWritten;
	if (written === total) return;
	const rest = Buffer.concat(buffers);
	while (written < total) {
		const { bytesWritten } = await handle.write(rest, written, total - written, position + written);
		written += bytesWritten;
	}
}
// dist/src/server/blob/put-batcher.js
var PutBatcher = class {
	deps;
	pending = [];
	flushQueued = false;
	constructor(deps) {
		this.deps = deps;
	}
	/** Resolves once the chunks (already verified) are durable and indexed. */
	put(account, chunks) {
		return new Promise((resolve, reject) => {
			this.pending.push({
				account,
				chunks,
				resolve,
				reject
			});
			if (this.flushQueued) return;
			this.flushQueued = true;
			this.deps.lane.run(() => this.flush());
		});
	}
	async flush() {
		this.flushQueued = false;
		const batch = this.pending;
		this.pending = [];
		try {
			await this.write(batch);
			for (const request of batch) request.resolve();
		} catch (error) {
			this.deps.log.error({
				err: error,
				requests: batch.length
			}, "put batch failed");
			for (const request of batch) request.reject(error);
		}
	}
	async write(batch) {
		const { index, writer, now, log } = this.deps;
		const { writes, touches } = this.plan(batch);
		const rows = [];
		try {
			for (const group of writes.values()) (await writer.append(group.account, group.data)).forEach((location, i) => {
				const key = group.keys[i];
				if (key !== void 0) rows.push({
					...location,
					accountId: group.account.id,
					key
				});
			});
			const ends = rows.length > 0 ? await writer.sync() : [];
			index.commitPut(rows, touches, ends, now());
		} catch (error) {
			await writer.abort();
			throw error;
		}
		await writer.committed();
		log.debug({
			requests: batch.length,
			written: rows.length,
			touched: touches.length
		}, "put batch committed");
	}
	/** Which chunks need writing and which the account already holds (and only need a touch). */
	plan(batch) {
		const writes = /* @__PURE__ */ new Map();
		const touches = [];
		const seen = /* @__PURE__ */ new Set();
		for (const { account, chunks } of batch) for (const chunk of chunks) {
			const seenKey = `${account.id}:${chunk.id}`;
			if (seen.has(seenKey)) continue;
			seen.add(seenKey);
			const key = idToKey(chunk.id);
			if (this.deps.index.has(account.id, key)) {
				touches.push({
					accountId: account.id,
					key
				});
				continue;
			}
			let group = writes.get(account.id);
			if (group === void 0) {
				group = {
					account,
					keys: [],
					data: []
				};
				writes.set(account.id, group);
			}
			group.keys.push(key);
			group.data.push(chunk.data);
		}
		return {
			writes,
			touches
		};
	}
};
// dist/src/server/blob/serial-lane.js
var SerialLane = class {
	tail = Promise.resolve();
	/** Queue `task`; the result settles with the task's own outcome. */
	run(task) {
		const result = this.tail.then(task);
		this.tail = result.then(() => void 0, () => void 0);
		return result;
	}
	/** Resolves once every task queued so far has finished. */
	async drain() {
		await this.run(() => void 0);
	}
};
/** Bytes getMany reads at once, and chunks it sorts by location at once. */
const RUN_BYTES = 4194304;
const WINDOW_CHUNKS = 1024;
async function* noChunks() {}
/** How often get() looks a chunk up again after its pack vanished under a compaction. */
const READ_ATTEMPTS = 3;
var LocalBlobStore = class LocalBlobStore {
	layout;
	index;
	cache;
	writer;
	lane = new SerialLane();
	batcher;
	now;
	touchSlackMs;
	log;
	reads = /* @__PURE__ */ new Set();
	closed = false;
	/**
	* Opens (or creates) the store synchronously, including the start-up check that
	* trims unindexed pack tails. Throws CirrusError "unavailable" if another process
	* has the same dir open.
	*/
	constructor(options) {
		const cap = options.packSizeCap ?? 67108864;
		if (!Number.isSafeInteger(cap) || cap <= 0) throw new RangeError(`bad packSizeCap ${cap}`);
		this.now = options.now ?? Date.now;
		this.touchSlackMs = options.touchSlackMs ?? 6e4;
		this.log = (options.logger ?? (0, import_pino.pino)({ name: "cirrus-server" })).child({ component: "blob-store" });
		this.layout = new PackLayout(options.dir);
		mkdirSync(options.dir, { recursive: true });
		this.index = new BlobIndex(this.layout.indexPath);
		try {
			recoverPacks(this.index, this.layout, this.log);
		} catch (error) {
			this.index.close();
			throw error;
		}
		this.cache = new PackReadCache(options.maxOpenPacks);
		this.writer = new PackWriter(this.index, this.layout, cap);
		this.batcher = new PutBatcher({
			index: this.index,
			writer: this.writer,
			lane: this.lane,
			now: this.now,
			log: this.log
		});
	}
	/** Same as the constructor, for callers that prefer to await their resources. */
	static open(options) {
		return settle(() => new LocalBlobStore(options));
	}
	/** Returns the unique missing ids in the order given. */
	missing(account, ids) {
		return settle(() => {
			this.assertOpen();
			requireChunkIds(ids);
			const unique = [...new Set(ids)];
			const ref = this.index.account(account);
			if (ref === null) return unique;
			return this.index.missingAndTouch(ref.id, unique, this.now(), this.touchSlackMs);
		});
	}
	/**
	* Hashes are checked before anything is queued, so a mismatch rejects the whole
	* call. The chunk buffers must not be modified until the promise settles.
	*/
	async putMany(account, chunks) {
		this.assertOpen();
		verifyChunks(chunks);
		if (chunks.length === 0) return;
		await this.batcher.put(this.index.ensureAccount(account), chunks);
	}
	get(account, id) {
		return this.trackRead(async () => {
			this.assertOpen();
			if (!isChunkId(id)) return null;
			const ref = this.index.account(account);
			return ref === null ? null : this.readChunk(ref, idToKey(id));
		});
	}
	getMany(account, ids) {
		this.assertOpen();
		const ref = this.index.account(account);
		const found = ids.map((id) => ref !== null && isChunkId(id) ? this.index.location(ref.id, idToKey(id)) : null);
		const missing = ids.filter((_, i) => found[i] === null);
		if (ref === null || missing.length > 0) return {
			missing,
			chunks: noChunks()
		};
		return {
			missing,
			chunks: this.readRuns(ref, ids, found)
		};
	}
	/**
	* Reads a window of the asked chunks at a time (a few MiB), sorted by where they
	* are stored so neighbours in a pack are one read, and yields them in the asked
	* order. Chunks of many small files were appended as their uploads arrived, which
	* is seldom the order a download asks for them in.
	*/
	async *readRuns(ref, ids, found) {
		for (let start = 0; start < ids.length;) {
			let end = start + 1;
			let bytes = found[start].length;
			while (end < ids.length && end - start < WINDOW_CHUNKS) {
				const next = found[end].length;
				if (bytes + next > RUN_BYTES) break;
				bytes += next;
				end++;
			}
			const order = Array.from({ length: end - start }, (_, k) => start + k).sort((x, y) => {
				const a = found[x];
				const b = found[y];
				return a.packId - b.packId || a.offset - b.offset;
			});
			const out = /* @__PURE__ */ new Map();
			const sorted = order.map((i) => found[i]);
			for (const run of adjacentRuns(sorted, RUN_BYTES)) {
				const path = this.layout.packPath(ref.dirKey, run.packId);
				const data = await this.trackRead(() => this.cache.read(run.packId, path, run.offset, run.length)).catch(() => null);
				for (let k = run.first; k < run.first + run.count; k++) {
					const i = order[k];
					const at = found[i];
					out.set(i, data ? data.subarray(at.offset - run.offset, at.offset - run.offset + at.length) : await this.readMoved(ref, ids[i]));
				}
			}
			for (let i = start; i < end; i++) yield out.get(i);
			start = end;
		}
	}
	/** A chunk whose run could not be read (a compaction moved it meanwhile). */
	async readMoved(ref, id) {
		const one = await this.trackRead(() => this.readChunk(ref, idToKey(id)));
		if (!one) throw new CirrusError("not_found", `chunk ${id} is gone`);
		return one;
	}
	listIdle(account, cutoffMs) {
		return settle(() => {
			this.assertOpen();
			const ref = this.index.account(account);
			return ref === null ? [] : this.index.idle(ref.id, cutoffMs);
		});
	}
	/**
	* Forgets the chunks. With `idleBefore`, only those still untouched since then go:
	* a collector passes the cutoff it listed with, so a chunk a client touched in the
	* meantime (about to be referenced by a manifest) survives.
	*/
	async delete(account, ids, idleBefore = Number.MAX_SAFE_INTEGER) {
		this.assertOpen();
		const ref = this.index.account(account);
		if (ref === null) return;
		const keys = ids.filter(isChunkId).map(idToKey);
		const deleted = await this.lane.run(() => this.index.deleteChunks(ref.id, keys, idleBefore));
		this.log.debug({
			requested: ids.length,
			deleted
		}, "deleted chunks");
	}
	accounts() {
		return settle(() => {
			this.assertOpen();
			return this.index.accountNames();
		});
	}
	/** Rewrites sparse packs one at a time, so puts are held up for one pack at most. */
	async compact() {
		this.assertOpen();
		const deps = {
			index: this.index,
			writer: this.writer,
			cache: this.cache,
			layout: this.layout,
			log: this.log
		};
		let reclaimed = 0;
		for (const pack of sparsePacks(this.index)) {
			if (this.closed) break;
			reclaimed += await this.lane.run(() => compactPack(deps, pack.id));
		}
		this.log.info({ reclaimed }, "compaction finished");
	}
	/** Waits for queued writes and running reads, then closes every file and the index. */
	async close() {
		if (this.closed) return;
		this.closed = true;
		await this.lane.drain();
		await Promise.all([...this.reads]);
		await this.writer.close();
		await this.cache.close();
		this.index.close();
	}
	async readChunk(ref, key) {
		for (let attempt = 1;; attempt++) {
			const at = this.index.location(ref.id, key);
			if (at === null) return null;
			try {
				return await this.cache.read(at.packId, this.layout.packPath(ref.dirKey, at.packId), at.offset, at.length);
			} catch (error) {
				const now = this.index.location(ref.id, key);
				if ((now === null || now.packId !== at.packId || now.offset !== at.offset) && attempt < READ_ATTEMPTS) {
					this.log.debug({ packId: at.packId }, "chunk moved while being read; reading its new copy");
					continue;
				}
				throw error;
			}
		}
	}
	/** Remembers a running read so close() can wait for it before closing handles. */
	trackRead(read) {
		const running = settle(read);
		const finished = running.then(() => void 0, () => void 0);
		this.reads.add(finished);
		finished.then(() => this.reads.delete(finished));
		return running;
	}
	assertOpen() {
		if (this.closed) throw new CirrusError("unavailable", "the blob store is closed");
	}
};
/** Runs `fn` now, turning its result or throw into a promise. */
function settle(fn) {
	return new Promise((resolve) => {
		resolve(fn());
	});
}
// node_modules/@fastify/swagger/lib/util/format-param-url.js
var require_format_param_url = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const COLON = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
	function formatParamUrl(str) {
		let i, char;
		let state = "skip";
		let path = "";
		let param = "";
		let level = 0;
		let regexp = 0;
		for (i = 0; i < str.length; i++) {
			char = str[i];
			switch (state) {
				case "colon":
					if (COLON.indexOf(char) !== -1) param += char;
					else if (char === "(") {
						state = "regexp";
						level++;
					} else {
						state = "skip";
						path += "{" + param + "}";
						path += char;
						param = "";
					}
					break;
				case "regexp":
					if (char === "(") level++;
					else if (char === ")") level--;
					if (level === 0) {
						state = "skip";
						if (param === "") {
							regexp++;
							param = "regexp" + String(regexp);
						}
						path += "{" + param + "}";
						param = "";
					}
					break;
				default: if (char === ":" && str[i + 1] === ":") {
					path += char;
					i++;
				} else if (char === ":") state = "colon";
				else if (char === "(") {
					state = "regexp";
					level++;
				} else if (char === "*") path += "{*}";
				else path += char;
			}
		}
		if (state === "colon" && param !== "") path += "{" + param + "}";
		return path;
	}
	module.exports = { formatParamUrl };
}));
// node_modules/yaml/dist/nodes/identity.js
var require_identity = /* @__PURE__ */ __commonJSMin(((exports) => {
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR:
			case SEQ: return true;
		}
		return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
	exports.ALIAS = ALIAS;
	exports.DOC = DOC;
	exports.MAP = MAP;
	exports.NODE_TYPE = NODE_TYPE;
	exports.PAIR = PAIR;
	exports.SCALAR = SCALAR;
	exports.SEQ = SEQ;
	exports.hasAnchor = hasAnchor;
	exports.isAlias = isAlias;
	exports.isCollection = isCollection;
	exports.isDocument = isDocument;
	exports.isMap = isMap;
	exports.isNode = isNode;
	exports.isPair = isPair;
	exports.isScalar = isScalar;
	exports.isSeq = isSeq;
}));
// node_modules/yaml/dist/visit.js
var require_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove node");
	/**
	* Apply a visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	function visit(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit.SKIP = SKIP;
	/** Remove the current node */
	visit.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
		const ctrl = callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visit_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	/**
	* Apply an async visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `Promise`: Must resolve to one of the following values
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	async function visitAsync(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
		const ctrl = await callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visitAsync_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
			Alias: visitor.Node,
			Map: visitor.Node,
			Scalar: visitor.Node,
			Seq: visitor.Node
		}, visitor.Value && {
			Map: visitor.Value,
			Scalar: visitor.Value,
			Seq: visitor.Value
		}, visitor.Collection && {
			Map: visitor.Collection,
			Seq: visitor.Collection
		}, visitor);
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (identity.isMap(node)) return visitor.Map?.(key, node, path);
		if (identity.isSeq(node)) return visitor.Seq?.(key, node, path);
		if (identity.isPair(node)) return visitor.Pair?.(key, node, path);
		if (identity.isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (identity.isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (identity.isCollection(parent)) parent.items[key] = node;
		else if (identity.isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (identity.isDocument(parent)) parent.contents = node;
		else {
			const pt = identity.isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	exports.visit = visit;
	exports.visitAsync = visitAsync;
}));
// node_modules/yaml/dist/doc/directives.js
var require_directives = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
		constructor(yaml, tags) {
			/**
			* The directives-end/doc-start marker `---`. If `null`, a marker may still be
			* included in the document's stringified representation.
			*/
			this.docStart = null;
			/** The doc-end marker `...`.  */
			this.docEnd = false;
			this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
			this.tags = Object.assign({}, Directives.defaultTags, tags);
		}
		clone() {
			const copy = new Directives(this.yaml, this.tags);
			copy.docStart = this.docStart;
			return copy;
		}
		/**
		* During parsing, get a Directives instance for the current document and
		* update the stream state according to the current version's spec.
		*/
		atDocument() {
			const res = new Directives(this.yaml, this.tags);
			switch (this.yaml.version) {
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
						const isValid = /^\d+\.\d+$/.test(version);
						onError(6, `Unsupported YAML version ${version}`, isValid);
						return false;
					}
				}
				default:
					onError(0, `Unknown directive ${name}`, true);
					return false;
			}
		}
		/**
		* Resolves a tag, matching handles to those defined in %TAG directives.
		*
		* @returns Resolved tag, which may also be the non-specific tag `'!'` or a
		*   `'!local'` tag, or `null` if unresolvable.
		*/
		tagName(source, onError) {
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
				const tags = {};
				visit.visit(doc.contents, (_key, node) => {
					if (identity.isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	exports.Directives = Directives;
}));
// node_modules/yaml/dist/doc/anchors.js
var require_anchors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit.visit(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
		let prevAnchors = null;
		return {
			onAnchor: (source) => {
				aliasObjects.push(source);
				prevAnchors ?? (prevAnchors = anchorNames(doc));
				const anchor = findNewAnchor(prefix, prevAnchors);
				prevAnchors.add(anchor);
				return anchor;
			},
			/**
			* With circular references, the source node is only resolved after all
			* of its child nodes are. This is why anchors are set only after all of
			* the nodes have been created.
			*/
			setAnchors: () => {
				for (const source of aliasObjects) {
					const ref = sourceObjects.get(source);
					if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
						error.source = source;
						throw error;
					}
				}
			},
			sourceObjects
		};
	}
	exports.anchorIsValid = anchorIsValid;
	exports.anchorNames = anchorNames;
	exports.createNodeAnchors = createNodeAnchors;
	exports.findNewAnchor = findNewAnchor;
}));
// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	exports.applyReviver = applyReviver;
}));
// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	/**
	* Recursively convert any node or its contents to native JavaScript
	*
	* @param value - The input value
	* @param arg - If `value` defines a `toJSON()` method, use this
	*   as its first argument
	* @param ctx - Conversion context, originally set in Document#toJS(). If
	*   `{ keep: true }` is not set, output should be suitable for JSON
	*   stringification.
	*/
	function toJS(value, arg, ctx) {
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !identity.hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	exports.toJS = toJS;
}));
// node_modules/yaml/dist/nodes/Node.js
var require_Node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var applyReviver = require_applyReviver();
	var identity = require_identity();
	var toJS = require_toJS();
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!identity.isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	exports.NodeBase = NodeBase;
}));
// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var visit = require_visit();
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	var Alias = class extends Node.NodeBase {
		constructor(source) {
			super(identity.ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit.visit(doc, { Node: (_key, node) => {
					if (identity.isAlias(node) || identity.hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS.toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
			const source = this.resolve(ctx.doc, ctx);
			if (!source) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new ReferenceError(msg);
			}
			return ctx.anchors.get(source).res;
		}
		toString(ctx, _onComment, _onChompKeep) {
			const src = `*${this.source}`;
			if (ctx) {
				anchors.anchorIsValid(this.source);
				if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
					const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
					throw new Error(msg);
				}
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (identity.isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (identity.isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (identity.isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	exports.Alias = Alias;
}));
// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends Node.NodeBase {
		constructor(value) {
			super(identity.SCALAR);
			this.value = value;
		}
		toJSON(arg, ctx) {
			return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
		}
		toString() {
			return String(this.value);
		}
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	exports.Scalar = Scalar;
	exports.isScalarValue = isScalarValue;
}));
// node_modules/yaml/dist/doc/createNode.js
var require_createNode = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var Scalar = require_Scalar();
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (identity.isDocument(value)) value = value.contents;
		if (identity.isNode(value)) return value;
		if (identity.isPair(value)) {
			const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias.Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar.Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	exports.createNode = createNode;
}));
// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var identity = require_identity();
	var Node = require_Node();
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode.createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends Node.NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
				value: schema,
				configurable: true,
				enumerable: false,
				writable: true
			});
		}
		/**
		* Create a copy of this collection.
		*
		* @param schema - If defined, overwrites the original's schema
		*/
		clone(schema) {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (identity.isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && identity.isScalar(node) ? node.value : node;
			else return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!identity.isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return identity.isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	exports.Collection = Collection;
	exports.collectionFromPath = collectionFromPath;
	exports.isEmptyPath = isEmptyPath;
}));
// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	exports.indentComment = indentComment;
	exports.lineComment = lineComment;
	exports.stringifyComment = stringifyComment;
}));
// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = /* @__PURE__ */ __commonJSMin(((exports) => {
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === FOLD_BLOCK) {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === FOLD_QUOTED && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === FOLD_QUOTED) {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
				res += `\n${indent}${text.slice(fold + 1, end)}`;
			}
		}
		return res;
	}
	/**
	* Presumes `i + 1` is at the start of a line
	* @returns index of last newline in more-indented block
	*/
	function consumeMoreIndentedLines(text, i, indent) {
		let end = i;
		let start = i + 1;
		let ch = text[start];
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	exports.FOLD_BLOCK = FOLD_BLOCK;
	exports.FOLD_FLOW = FOLD_FLOW;
	exports.FOLD_QUOTED = FOLD_QUOTED;
	exports.foldFlowLines = foldFlowLines;
}));
// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var foldFlowLines = require_foldFlowLines();
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.Scalar.BLOCK_FOLDED:
				case Scalar.Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	exports.stringifyString = stringifyString;
}));
// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var identity = require_identity();
	var stringifyComment = require_stringifyComment();
	var stringifyString = require_stringifyString();
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment.stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (identity.isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
		if (anchor && anchors.anchorIsValid(anchor)) {
			anchors$1.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (identity.isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (identity.isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	exports.createStringifyContext = createStringifyContext;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = identity.isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (identity.isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && identity.isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && identity.isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	exports.stringifyPair = stringifyPair;
}));
// node_modules/yaml/dist/log.js
var require_log = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	function debug(logLevel, ...messages) {
		if (logLevel === "debug") console.log(...messages);
	}
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") {
			if (typeof node_process.emitWarning === "function") node_process.emitWarning(warning);
			else console.warn(warning);
		}
	}
	exports.debug = debug;
	exports.warn = warn;
}));
// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	const MERGE_KEY = "<<";
	const merge = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (identity.isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!identity.isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	exports.addMergeToJSMap = addMergeToJSMap;
	exports.isMergeKey = isMergeKey;
	exports.merge = merge;
}));
// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var log = require_log();
	var merge = require_merge();
	var stringify = require_stringify();
	var identity = require_identity();
	var toJS = require_toJS();
	function addPairToJSMap(ctx, map, { key, value }) {
		if (identity.isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (merge.isMergeKey(ctx, key)) merge.addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS.toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS.toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS.toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (identity.isNode(key) && ctx?.doc) {
			const strCtx = stringify.createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	exports.addPairToJSMap = addPairToJSMap;
}));
// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyPair = require_stringifyPair();
	var addPairToJSMap = require_addPairToJSMap();
	var identity = require_identity();
	function createPair(key, value, ctx) {
		return new Pair(createNode.createNode(key, void 0, ctx), createNode.createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (identity.isNode(key)) key = key.clone(schema);
			if (identity.isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			return addPairToJSMap.addPairToJSMap(ctx, pair, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	exports.Pair = Pair;
	exports.createPair = createPair;
}));
// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify.stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
		const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
		itemIndent += indentStep;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			inFlow: true,
			type: null
		});
		let reqNewline = false;
		let linesAtValue = 0;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = identity.isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify.stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = stringifyComment.indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	exports.stringifyCollection = stringifyCollection;
}));
// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyCollection = require_stringifyCollection();
	var addPairToJSMap = require_addPairToJSMap();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	function findPair(items, key) {
		const k = identity.isScalar(key) ? key.value : key;
		for (const it of items) if (identity.isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (identity.isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
		}
		constructor(schema) {
			super(identity.MAP, schema);
			this.items = [];
		}
		/**
		* A generic collection parsing method that can be extended
		* to other node classes that inherit from YAMLMap
		*/
		static from(schema, obj, ctx) {
			const { keepUndefined, replacer } = ctx;
			const map = new this(schema);
			const add = (key, value) => {
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(Pair.createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
			return map;
		}
		/**
		* Adds a value to the collection.
		*
		* @param overwrite - If not set `true`, using a key that is already in the
		*   collection will throw. Otherwise, overwrites the previous value.
		*/
		add(pair, overwrite) {
			let _pair;
			if (identity.isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair.Pair(pair, pair?.value);
			else _pair = new Pair.Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
		}
		has(key) {
			return !!findPair(this.items, key);
		}
		set(key, value) {
			this.add(new Pair.Pair(key, value), true);
		}
		/**
		* @param ctx - Conversion context, originally set in Document#toJS()
		* @param {Class} Type - If set, forces the returned collection type
		* @returns Instance of Type, Map, or Object
		*/
		toJSON(_, ctx, Type) {
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap.addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!identity.isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	exports.YAMLMap = YAMLMap;
	exports.findPair = findPair;
}));
// node_modules/yaml/dist/schema/common/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLMap = require_YAMLMap();
	exports.map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap.YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!identity.isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyCollection = require_stringifyCollection();
	var Collection = require_Collection();
	var identity = require_identity();
	var Scalar = require_Scalar();
	var toJS = require_toJS();
	var YAMLSeq = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
		}
		constructor(schema) {
			super(identity.SEQ, schema);
			this.items = [];
		}
		add(value) {
			this.items.push(value);
		}
		/**
		* Removes a value from the collection.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
			const it = this.items[idx];
			return !keepScalar && identity.isScalar(it) ? it.value : it;
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*/
		has(key) {
			const idx = asItemIndex(key);
			return typeof idx === "number" && idx < this.items.length;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*
		* If `key` does not contain a representation of an integer, this will throw.
		* It may be wrapped in a `Scalar`.
		*/
		set(key, value) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (identity.isScalar(prev) && Scalar.isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS.toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
				onChompKeep,
				onComment
			});
		}
		static from(schema, obj, ctx) {
			const { replacer } = ctx;
			const seq = new this(schema);
			if (obj && Symbol.iterator in Object(obj)) {
				let i = 0;
				for (let it of obj) {
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode.createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = identity.isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	exports.YAMLSeq = YAMLSeq;
}));
// node_modules/yaml/dist/schema/common/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLSeq = require_YAMLSeq();
	exports.seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq.YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!identity.isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/schema/common/string.js
var require_string = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyString = require_stringifyString();
	exports.string = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/common/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar.Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar.Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	exports.nullTag = nullTag;
}));
// node_modules/yaml/dist/schema/core/bool.js
var require_bool$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	exports.boolTag = boolTag;
}));
// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = /* @__PURE__ */ __commonJSMin(((exports) => {
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	exports.stringifyNumber = stringifyNumber;
}));
// node_modules/yaml/dist/schema/core/float.js
var require_float$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/core/int.js
var require_int$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
		stringify: (node) => intStringify(node, 8, "0o")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/core/schema.js
var require_schema$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.boolTag,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float
	];
}));
// node_modules/yaml/dist/schema/json/schema.js
var require_schema$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var map = require_map();
	var seq = require_seq();
	function intIdentify(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar.Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	exports.schema = [map.map, seq.seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
}));
// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_buffer = __require("buffer");
	var Scalar = require_Scalar();
	var stringifyString = require_stringifyString();
	exports.binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof node_buffer.Buffer === "function") return node_buffer.Buffer.from(src, "base64");
			else if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof node_buffer.Buffer === "function") str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
			else if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
			if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString.stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLSeq = require_YAMLSeq();
	function resolvePairs(seq, onError) {
		if (identity.isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (identity.isPair(item)) continue;
			else if (identity.isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq.YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(Pair.createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	exports.createPairs = createPairs;
	exports.pairs = pairs;
	exports.resolvePairs = resolvePairs;
}));
// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var toJS = require_toJS();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var pairs = require_pairs();
	var YAMLOMap = class YAMLOMap extends YAMLSeq.YAMLSeq {
		constructor() {
			super();
			this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
			this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
			this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
			this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
			this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
			this.tag = YAMLOMap.tag;
		}
		/**
		* If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
		* but TypeScript won't allow widening the signature of a child method.
		*/
		toJSON(_, ctx) {
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (identity.isPair(pair)) {
					key = toJS.toJS(pair.key, "", ctx);
					value = toJS.toJS(pair.value, key, ctx);
				} else key = toJS.toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
				map.set(key, value);
			}
			return map;
		}
		static from(schema, iterable, ctx) {
			const pairs$1 = pairs.createPairs(schema, iterable, ctx);
			const omap = new this();
			omap.items = pairs$1.items;
			return omap;
		}
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs$1 = pairs.resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs$1.items) if (identity.isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs$1);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	exports.YAMLOMap = YAMLOMap;
	exports.omap = omap;
}));
// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar.Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar.Scalar(false),
		stringify: boolStringify
	};
	exports.falseTag = falseTag;
	exports.trueTag = trueTag;
}));
// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intBin = intBin;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSet = class YAMLSet extends YAMLMap.YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (identity.isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair.Pair(key.key, null);
			else pair = new Pair.Pair(key, null);
			if (!YAMLMap.findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = YAMLMap.findPair(this.items, key);
			return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = YAMLMap.findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair.Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(Pair.createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (identity.isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	exports.YAMLSet = YAMLSet;
	exports.set = set;
}));
// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber.stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	exports.floatTime = floatTime;
	exports.intTime = intTime;
	exports.timestamp = timestamp;
}));
// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var binary = require_binary();
	var bool = require_bool();
	var float = require_float();
	var int = require_int();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var set = require_set();
	var timestamp = require_timestamp();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.trueTag,
		bool.falseTag,
		int.intBin,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float,
		binary.binary,
		merge.merge,
		omap.omap,
		pairs.pairs,
		set.set,
		timestamp.intTime,
		timestamp.floatTime,
		timestamp.timestamp
	];
}));
// node_modules/yaml/dist/schema/tags.js
var require_tags = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	var schema = require_schema$2();
	var schema$1 = require_schema$1();
	var binary = require_binary();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var schema$2 = require_schema();
	var set = require_set();
	var timestamp = require_timestamp();
	const schemas = /* @__PURE__ */ new Map([
		["core", schema.schema],
		["failsafe", [
			map.map,
			seq.seq,
			string.string
		]],
		["json", schema$1.schema],
		["yaml11", schema$2.schema],
		["yaml-1.1", schema$2.schema]
	]);
	const tagsByName = {
		binary: binary.binary,
		bool: bool.boolTag,
		float: float.float,
		floatExp: float.floatExp,
		floatNaN: float.floatNaN,
		floatTime: timestamp.floatTime,
		int: int.int,
		intHex: int.intHex,
		intOct: int.intOct,
		intTime: timestamp.intTime,
		map: map.map,
		merge: merge.merge,
		null: _null.nullTag,
		omap: omap.omap,
		pairs: pairs.pairs,
		seq: seq.seq,
		set: set.set,
		timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
		"tag:yaml.org,2002:binary": binary.binary,
		"tag:yaml.org,2002:merge": merge.merge,
		"tag:yaml.org,2002:omap": omap.omap,
		"tag:yaml.org,2002:pairs": pairs.pairs,
		"tag:yaml.org,2002:set": set.set,
		"tag:yaml.org,2002:timestamp": timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge.merge);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	exports.coreKnownTags = coreKnownTags;
	exports.getTags = getTags;
}));
// node_modules/yaml/dist/schema/Schema.js
var require_Schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var map = require_map();
	var seq = require_seq();
	var string = require_string();
	var tags = require_tags();
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	exports.Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
			this.tags = tags.getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, identity.MAP, { value: map.map });
			Object.defineProperty(this, identity.SCALAR, { value: string.string });
			Object.defineProperty(this, identity.SEQ, { value: seq.seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
}));
// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = stringify.createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(stringifyComment.indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (identity.isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(stringifyComment.indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += stringifyComment.lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify.stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(stringifyComment.indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(stringifyComment.indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	exports.stringifyDocument = stringifyDocument;
}));
// node_modules/yaml/dist/doc/Document.js
var require_Document = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var toJS = require_toJS();
	var Schema = require_Schema();
	var stringifyDocument = require_stringifyDocument();
	var anchors = require_anchors();
	var applyReviver = require_applyReviver();
	var createNode = require_createNode();
	var directives = require_directives();
	var Document = class Document {
		constructor(value, replacer, options) {
			/** A comment before this Document */
			this.commentBefore = null;
			/** A comment immediately after this Document */
			this.comment = null;
			/** Errors encountered during parsing. */
			this.errors = [];
			/** Warnings encountered during parsing. */
			this.warnings = [];
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
			let _replacer = null;
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new directives.Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [identity.NODE_TYPE]: { value: identity.DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
		}
		/**
		* Create a new `Alias` node, ensuring that the target `node` has the required anchor.
		*
		* If `node` already has an anchor, `name` is ignored.
		* Otherwise, the `node.anchor` value will be set to `name`,
		* or if an anchor with that name is already present in the document,
		* `name` will be used as a prefix for a new unique anchor.
		* If `name` is undefined, the generated anchor will use 'a' as a prefix.
		*/
		createAlias(node, name) {
			if (!node.anchor) {
				const prev = anchors.anchorNames(this);
				node.anchor = !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
			}
			return new Alias.Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, anchorPrefix || "a");
			const ctx = {
				aliasDuplicateObjects: aliasDuplicateObjects ?? true,
				keepUndefined: keepUndefined ?? false,
				onAnchor,
				onTagObj,
				replacer: _replacer,
				schema: this.schema,
				sourceObjects
			};
			const node = createNode.createNode(value, tag, ctx);
			if (flow && identity.isCollection(node)) node.flow = true;
			setAnchors();
			return node;
		}
		/**
		* Convert a key and a value into a `Pair` using the current schema,
		* recursively wrapping all values as `Scalar` or `Collection` nodes.
		*/
		createPair(key, value, options = {}) {
			const k = this.createNode(key, null, options);
			const v = this.createNode(value, null, options);
			return new Pair.Pair(k, v);
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			return assertCollection(this.contents) ? this.contents.delete(key) : false;
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			if (Collection.isEmptyPath(path)) {
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (Collection.isEmptyPath(path)) return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
			return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
		}
		/**
		* Checks if the document includes a value with the key `key`.
		*/
		has(key) {
			return identity.isCollection(this.contents) ? this.contents.has(key) : false;
		}
		/**
		* Checks if the document includes a value at `path`.
		*/
		hasIn(path) {
			if (Collection.isEmptyPath(path)) return this.contents !== void 0;
			return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (Collection.isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new directives.Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new directives.Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema.Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument.stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (identity.isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	exports.Document = Document;
}));
// node_modules/yaml/dist/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	exports.YAMLError = YAMLError;
	exports.YAMLParseError = YAMLParseError;
	exports.YAMLWarning = YAMLWarning;
	exports.prettifyError = prettifyError;
}));
// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
		let hasNewline = false;
		let reqSpace = false;
		let tab = null;
		let anchor = null;
		let tag = null;
		let newlineAfterProp = null;
		let comma = null;
		let found = null;
		let start = null;
		for (const token of tokens) {
			if (reqSpace) {
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
		return {
			comma,
			found,
			spaceBefore,
			comment,
			hasNewline,
			anchor,
			tag,
			newlineAfterProp,
			end,
			start: start ?? end
		};
	}
	exports.resolveProps = resolveProps;
}));
// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = /* @__PURE__ */ __commonJSMin(((exports) => {
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	exports.containsNewline = containsNewline;
}));
// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = /* @__PURE__ */ __commonJSMin(((exports) => {
	var utilContainsNewline = require_util_contains_newline();
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	exports.flowIndentCheck = flowIndentCheck;
}));
// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	exports.mapIncludes = mapIncludes;
}));
// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	var utilMapIncludes = require_util_map_includes();
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap.YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps.resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps.resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	exports.resolveBlockMap = resolveBlockMap;
}));
// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLSeq = require_YAMLSeq();
	var resolveProps = require_resolve_props();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq.YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps.resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	exports.resolveBlockSeq = resolveBlockSeq;
}));
// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	exports.resolveEnd = resolveEnd;
}));
// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilMapIncludes = require_util_map_includes();
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps.resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (identity.isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps.resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap.YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	exports.resolveFlowCollection = resolveFlowCollection;
}));
// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveBlockMap = require_resolve_block_map();
	var resolveBlockSeq = require_resolve_block_seq();
	var resolveFlowCollection = require_resolve_flow_collection();
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	exports.composeCollection = composeCollection;
}));
// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	exports.resolveBlockScalar = resolveBlockScalar;
}));
// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var resolveEnd = require_resolve_end();
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	exports.resolveFlowScalar = resolveFlowScalar;
}));
// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[identity.SCALAR];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[identity.SCALAR];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar.Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[identity.SCALAR];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[identity.SCALAR];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[identity.SCALAR];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	exports.composeScalar = composeScalar;
}));
// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = /* @__PURE__ */ __commonJSMin(((exports) => {
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	exports.emptyScalarPosition = emptyScalarPosition;
}));
// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var composeCollection = require_compose_collection();
	var composeScalar = require_compose_scalar();
	var resolveEnd = require_resolve_end();
	var utilEmptyScalarPosition = require_util_empty_scalar_position();
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar.composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection.composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const token = {
			type: "scalar",
			offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		};
		const node = composeScalar.composeScalar(ctx, token, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias.Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	exports.composeEmptyNode = composeEmptyNode;
	exports.composeNode = composeNode;
}));
// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Document = require_Document();
	var composeNode = require_compose_node();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const opts = Object.assign({ _directives: directives }, options);
		const doc = new Document.Document(void 0, opts);
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps.resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	exports.composeDoc = composeDoc;
}));
// node_modules/yaml/dist/compose/composer.js
var require_composer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var directives = require_directives();
	var Document = require_Document();
	var errors = require_errors();
	var identity = require_identity();
	var composeDoc = require_compose_doc();
	var resolveEnd = require_resolve_end();
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
	}
	/**
	* Compose a stream of CST nodes into a stream of YAML Documents.
	*
	* ```ts
	* import { Composer, Parser } from 'yaml'
	*
	* const src: string = ...
	* const tokens = new Parser().parse(src)
	* const docs = new Composer().compose(tokens)
	* ```
	*/
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new errors.YAMLWarning(pos, code, message));
				else this.errors.push(new errors.YAMLParseError(pos, code, message));
			};
			this.directives = new directives.Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (identity.isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
				doc.errors = this.errors;
				doc.warnings = this.warnings;
			}
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
		}
		/**
		* Current stream status information.
		*
		* Mostly useful at the end of input for an empty stream.
		*/
		streamInfo() {
			return {
				comment: parsePrelude(this.prelude).comment,
				directives: this.directives,
				errors: this.errors,
				warnings: this.warnings
			};
		}
		/**
		* Compose tokens into documents.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*compose(tokens, forceDoc = false, endOffset = -1) {
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			if (node_process.env.LOG_STREAM) console.dir(token, { depth: null });
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
						break;
					}
					this.doc.directives.docEnd = true;
					const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
					this.decorate(this.doc, true);
					if (end.comment) {
						const dc = this.doc.comment;
						this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
					}
					this.doc.range[2] = end.offset;
					break;
				}
				default: this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
			}
		}
		/**
		* Call at end of input to yield any remaining document.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*end(forceDoc = false, endOffset = -1) {
			if (this.doc) {
				this.decorate(this.doc, true);
				yield this.doc;
				this.doc = null;
			} else if (forceDoc) {
				const opts = Object.assign({ _directives: this.directives }, this.options);
				const doc = new Document.Document(void 0, opts);
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	exports.Composer = Composer;
}));
// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	var errors = require_errors();
	var stringifyString = require_stringifyString();
	function resolveAsScalar(token, strict = true, onError) {
		if (token) {
			const _onError = (pos, code, message) => {
				const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
				if (onError) onError(offset, code, message);
				else throw new errors.YAMLParseError([offset, offset + 1], code, message);
			};
			switch (token.type) {
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
				case "block-scalar": return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
			}
		}
		return null;
	}
	/**
	* Create a new scalar token with `value`
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.indent The indent level of the token.
	* @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	* @param context.offset The offset position of the token.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function createScalarToken(value, context) {
		const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey,
			indent: indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		const end = context.end ?? [{
			type: "newline",
			offset: -1,
			indent,
			source: "\n"
		}];
		switch (source[0]) {
			case "|":
			case ">": {
				const he = source.indexOf("\n");
				const head = source.substring(0, he);
				const body = source.substring(he + 1) + "\n";
				const props = [{
					type: "block-scalar-header",
					offset,
					indent,
					source: head
				}];
				if (!addEndtoBlockProps(props, end)) props.push({
					type: "newline",
					offset: -1,
					indent,
					source: "\n"
				});
				return {
					type: "block-scalar",
					offset,
					indent,
					props,
					source: body
				};
			}
			case "\"": return {
				type: "double-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			case "'": return {
				type: "single-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			default: return {
				type: "scalar",
				offset,
				indent,
				source,
				end
			};
		}
	}
	/**
	* Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	*
	* Best efforts are made to retain any comments previously associated with the `token`,
	* though all contents within a collection's `items` will be overwritten.
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function setScalarValue(token, value, context = {}) {
		let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
		let indent = "indent" in token ? token.indent : null;
		if (afterKey && typeof indent === "number") indent += 2;
		if (!type) switch (token.type) {
			case "single-quoted-scalar":
				type = "QUOTE_SINGLE";
				break;
			case "double-quoted-scalar":
				type = "QUOTE_DOUBLE";
				break;
			case "block-scalar": {
				const header = token.props[0];
				if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
				type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
				break;
			}
			default: type = "PLAIN";
		}
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey: implicitKey || indent === null,
			indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		switch (source[0]) {
			case "|":
			case ">":
				setBlockScalarValue(token, source);
				break;
			case "\"":
				setFlowScalarValue(token, source, "double-quoted-scalar");
				break;
			case "'":
				setFlowScalarValue(token, source, "single-quoted-scalar");
				break;
			default: setFlowScalarValue(token, source, "scalar");
		}
	}
	function setBlockScalarValue(token, source) {
		const he = source.indexOf("\n");
		const head = source.substring(0, he);
		const body = source.substring(he + 1) + "\n";
		if (token.type === "block-scalar") {
			const header = token.props[0];
			if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
			header.source = head;
			token.source = body;
		} else {
			const { offset } = token;
			const indent = "indent" in token ? token.indent : -1;
			const props = [{
				type: "block-scalar-header",
				offset,
				indent,
				source: head
			}];
			if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0)) props.push({
				type: "newline",
				offset: -1,
				indent,
				source: "\n"
			});
			for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
			Object.assign(token, {
				type: "block-scalar",
				indent,
				props,
				source: body
			});
		}
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
		if (end) for (const st of end) switch (st.type) {
			case "space":
			case "comment":
				props.push(st);
				break;
			case "newline":
				props.push(st);
				return true;
		}
		return false;
	}
	function setFlowScalarValue(token, source, type) {
		switch (token.type) {
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				token.type = type;
				token.source = source;
				break;
			case "block-scalar": {
				const end = token.props.slice(1);
				let oa = source.length;
				if (token.props[0].type === "block-scalar-header") oa -= token.props[0].source.length;
				for (const tok of end) tok.offset += oa;
				delete token.props;
				Object.assign(token, {
					type,
					source,
					end
				});
				break;
			}
			case "block-map":
			case "block-seq": {
				const nl = {
					type: "newline",
					offset: token.offset + source.length,
					indent: token.indent,
					source: "\n"
				};
				delete token.items;
				Object.assign(token, {
					type,
					source,
					end: [nl]
				});
				break;
			}
			default: {
				const indent = "indent" in token ? token.indent : -1;
				const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
				for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
				Object.assign(token, {
					type,
					indent,
					source,
					end
				});
			}
		}
	}
	exports.createScalarToken = createScalarToken;
	exports.resolveAsScalar = resolveAsScalar;
	exports.setScalarValue = setScalarValue;
}));
// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringify a CST document, token, or collection item
	*
	* Fair warning: This applies no validation whatsoever, and
	* simply concatenates the sources in their logical order.
	*/
	const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
		switch (token.type) {
			case "block-scalar": {
				let res = "";
				for (const tok of token.props) res += stringifyToken(tok);
				return res + token.source;
			}
			case "block-map":
			case "block-seq": {
				let res = "";
				for (const item of token.items) res += stringifyItem(item);
				return res;
			}
			case "flow-collection": {
				let res = token.start.source;
				for (const item of token.items) res += stringifyItem(item);
				for (const st of token.end) res += st.source;
				return res;
			}
			case "document": {
				let res = stringifyItem(token);
				if (token.end) for (const st of token.end) res += st.source;
				return res;
			}
			default: {
				let res = token.source;
				if ("end" in token && token.end) for (const st of token.end) res += st.source;
				return res;
			}
		}
	}
	function stringifyItem({ start, key, sep, value }) {
		let res = "";
		for (const st of start) res += st.source;
		if (key) res += stringifyToken(key);
		if (sep) for (const st of sep) res += st.source;
		if (value) res += stringifyToken(value);
		return res;
	}
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
	/**
	* Apply a visitor to a CST document or item.
	*
	* Walks through the tree (depth-first) starting from the root, calling a
	* `visitor` function with two arguments when entering each item:
	*   - `item`: The current item, which included the following members:
	*     - `start: SourceToken[]` – Source tokens before the key or value,
	*       possibly including its anchor or tag.
	*     - `key?: Token | null` – Set for pair values. May then be `null`, if
	*       the key before the `:` separator is empty.
	*     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	*       which should include the `:` map value indicator if `value` is set.
	*     - `value?: Token` – The value of a sequence item, or of a map pair.
	*   - `path`: The steps from the root to the current node, as an array of
	*     `['key' | 'value', number]` tuples.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this token, continue with
	*      next sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current item, then continue with the next one
	*   - `number`: Set the index of the next step. This is useful especially if
	*     the index of the current token has changed.
	*   - `function`: Define the next visitor for this item. After the original
	*     visitor is called on item entry, next visitors are called after handling
	*     a non-empty `key` and when exiting the item.
	*/
	function visit(cst, visitor) {
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
		let item = cst;
		for (const [field, index] of path) {
			const tok = item?.[field];
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
		}
		return item;
	};
	/**
	* Get the immediate parent collection of the item at `path` from `cst` as the root.
	*
	* Throws an error if the collection is not found, which should never happen if the item itself exists.
	*/
	visit.parentCollection = (cst, path) => {
		const parent = visit.itemAtPath(cst, path.slice(0, -1));
		const field = path[path.length - 1][0];
		const coll = parent?.[field];
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	exports.visit = visit;
}));
// node_modules/yaml/dist/parse/cst.js
var require_cst = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cstScalar = require_cst_scalar();
	var cstStringify = require_cst_stringify();
	var cstVisit = require_cst_visit();
	/** The byte order mark */
	const BOM = "﻿";
	/** Start of doc-mode */
	const DOCUMENT = "";
	/** Unexpected end of flow-mode */
	const FLOW_END = "";
	/** Next token is a scalar value */
	const SCALAR = "";
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && "items" in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
		switch (token) {
			case BOM: return "<BOM>";
			case DOCUMENT: return "<DOC>";
			case FLOW_END: return "<FLOW_END>";
			case SCALAR: return "<SCALAR>";
			default: return JSON.stringify(token);
		}
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case BOM: return "byte-order-mark";
			case DOCUMENT: return "doc-mode";
			case FLOW_END: return "flow-error-end";
			case SCALAR: return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
		}
		return null;
	}
	exports.createScalarToken = cstScalar.createScalarToken;
	exports.resolveAsScalar = cstScalar.resolveAsScalar;
	exports.setScalarValue = cstScalar.setScalarValue;
	exports.stringify = cstStringify.stringify;
	exports.visit = cstVisit.visit;
	exports.BOM = BOM;
	exports.DOCUMENT = DOCUMENT;
	exports.FLOW_END = FLOW_END;
	exports.SCALAR = SCALAR;
	exports.isCollection = isCollection;
	exports.isScalar = isScalar;
	exports.prettyToken = prettyToken;
	exports.tokenType = tokenType;
}));
// node_modules/yaml/dist/parse/lexer.js
var require_lexer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cst = require_cst();
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	* Splits an input string into lexical tokens, i.e. smaller strings that are
	* easily identifiable by `tokens.tokenType()`.
	*
	* Lexing starts always in a "stream" context. Incomplete input may be buffered
	* until a complete token can be emitted.
	*
	* In addition to slices of the original input, the following control characters
	* may also be emitted:
	*
	* - `\x02` (Start of Text): A document starts with the next token
	* - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	* - `\x1f` (Unit Separator): Next token is a scalar value
	* - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	*/
	var Lexer = class {
		constructor() {
			/**
			* Flag indicating whether the end of the current buffer marks the end of
			* all input
			*/
			this.atEnd = false;
			/**
			* Explicit indent set in block scalar header, as an offset from the current
			* minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
			* explicitly set.
			*/
			this.blockScalarIndent = -1;
			/**
			* Block scalars that include a + (keep) chomping indicator in their header
			* include trailing empty lines, which are otherwise excluded from the
			* scalar's contents.
			*/
			this.blockScalarKeep = false;
			/** Current input */
			this.buffer = "";
			/**
			* Flag noting whether the map value indicator : can immediately follow this
			* node within a flow context.
			*/
			this.flowKey = false;
			/** Count of surrounding flow collection levels. */
			this.flowLevel = 0;
			/**
			* Minimum level of indentation required for next lines to be parsed as a
			* part of the current scalar value.
			*/
			this.indentNext = 0;
			/** Indentation level of the current line. */
			this.indentValue = 0;
			/** Position of the next \n character. */
			this.lineEndPos = null;
			/** Stores the state of the lexer if reaching the end of incpomplete input */
			this.next = null;
			/** A pointer to `buffer`; the current position of the lexer. */
			this.pos = 0;
		}
		/**
		* Generate YAML tokens from the `source` string. If `incomplete`,
		* a part of the last line may be left as a buffer for the next call.
		*
		* @returns A generator of lexical tokens
		*/
		*lex(source, incomplete = false) {
			if (source) {
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
			return this.buffer.substring(this.pos, end);
		}
		hasChars(n) {
			return this.pos + n <= this.buffer.length;
		}
		setNext(state) {
			this.buffer = this.buffer.substring(this.pos);
			this.pos = 0;
			this.lineEndPos = null;
			this.next = state;
			return null;
		}
		peek(n) {
			return this.buffer.substr(this.pos, n);
		}
		*parseNext(next) {
			switch (next) {
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === cst.BOM) {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield cst.DOCUMENT;
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
			}
		}
		*parseFlowCollection() {
			let nl, sp;
			let indent = -1;
			do {
				nl = yield* this.pushNewline();
				if (nl > 0) {
					sp = yield* this.pushSpaces(false);
					this.indentValue = indent = sp;
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield cst.FLOW_END;
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield cst.SCALAR;
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield cst.SCALAR;
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
		}
		*pushCount(n) {
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos += n;
				return n;
			}
			return 0;
		}
		*pushToIndex(i, allowEmpty) {
			const s = this.buffer.slice(this.pos, i);
			if (s) {
				yield s;
				this.pos += s.length;
				return s.length;
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
							n += yield* this.pushCount(1);
							n += yield* this.pushSpaces(true);
							continue loop;
						}
					}
				}
				break loop;
			}
			return n;
		}
		*pushTag() {
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
			const n = i - this.pos;
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos = i;
			}
			return n;
		}
		*pushUntil(test) {
			let i = this.pos;
			let ch = this.buffer[i];
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	exports.Lexer = Lexer;
}));
// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
		constructor() {
			this.lineStarts = [];
			/**
			* Should be called in ascending order. Otherwise, call
			* `lineCounter.lineStarts.sort()` before calling `linePos()`.
			*/
			this.addNewLine = (offset) => this.lineStarts.push(offset);
			/**
			* Performs a binary search and returns the 1-indexed { line, col }
			* position of `offset`. If `line === 0`, `addNewLine` has never been
			* called or `offset` is before the first known newline.
			*/
			this.linePos = (offset) => {
				let low = 0;
				let high = this.lineStarts.length;
				while (low < high) {
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	exports.LineCounter = LineCounter;
}));
// node_modules/yaml/dist/parse/parser.js
var require_parser = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var cst = require_cst();
	var lexer = require_lexer();
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
			}
		}
	}
	/**
	* A YAML concrete syntax tree (CST) parser
	*
	* ```ts
	* const src: string = ...
	* for (const token of new Parser().parse(src)) {
	*   // token: Token
	* }
	* ```
	*
	* To use the parser with a user-provided lexer:
	*
	* ```ts
	* function* parse(source: string, lexer: Lexer) {
	*   const parser = new Parser()
	*   for (const lexeme of lexer.lex(source))
	*     yield* parser.next(lexeme)
	*   yield* parser.end()
	* }
	*
	* const src: string = ...
	* const lexer = new Lexer()
	* for (const token of parse(src, lexer)) {
	*   // token: Token
	* }
	* ```
	*/
	var Parser = class {
		/**
		* @param onNewLine - If defined, called separately with the start position of
		*   each new line (in `parse()`, including the start of input).
		*/
		constructor(onNewLine) {
			/** If true, space and sequence indicators count as indentation */
			this.atNewLine = true;
			/** If true, next token is a scalar value */
			this.atScalar = false;
			/** Current indentation level */
			this.indent = 0;
			/** Current offset since the start of parsing */
			this.offset = 0;
			/** On the same line with a block map key */
			this.onKeyLine = false;
			/** Top indicates the node that's currently being built */
			this.stack = [];
			/** The source of the current token, set in parse() */
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
			this.lexer = new lexer.Lexer();
			this.onNewLine = onNewLine;
		}
		/**
		* Parse `source` as a YAML stream.
		* If `incomplete`, a part of the last line may be left as a buffer for the next call.
		*
		* Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
		*
		* @returns A generator of tokens representing each directive, document, and other structure.
		*/
		*parse(source, incomplete = false) {
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (node_process.env.LOG_TOKENS) console.log("|", cst.prettyToken(source));
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = cst.tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
			}
			/* istanbul ignore next should not happen */
			yield* this.pop();
		}
		peek(n) {
			return this.stack[this.stack.length - n];
		}
		*pop(error) {
			const token = error ?? this.stack.pop();
			/* istanbul ignore if should not happen */
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
						}
					}
					yield* this.pop();
					break;
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.step();
			}
		}
		*blockMap(map) {
			const it = map.items[map.items.length - 1];
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								map.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
			}
			if (this.indent >= map.indent) {
				const atMapIndent = !this.onKeyLine && this.indent === map.indent;
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
							this.stack.push(bv);
							return;
						}
					}
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*blockSequence(seq) {
			const it = seq.items[seq.items.length - 1];
			switch (this.type) {
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								seq.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
			}
			if (this.indent > seq.indent) {
				const bv = this.startBlockValue(seq);
				if (bv) {
					this.stack.push(bv);
					return;
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*flowCollection(fc) {
			const it = fc.items[fc.items.length - 1];
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
				}
			}
			return {
				type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		startBlockValue(parent) {
			switch (this.type) {
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	exports.Parser = Parser;
}));
// node_modules/yaml/dist/public-api.js
var require_public_api = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var errors = require_errors();
	var log = require_log();
	var identity = require_identity();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null,
			prettyErrors
		};
	}
	/**
	* Parse the input as a stream of YAML documents.
	*
	* Documents should be separated from each other by `...` or `---` marker lines.
	*
	* @returns If an empty `docs` array is returned, it will be of type
	*   EmptyStream and contain additional stream information. In
	*   TypeScript, you should use `'empty' in docs` as a type guard for it.
	*/
	function parseAllDocuments(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		const docs = Array.from(composer$1.compose(parser$1.parse(source)));
		if (prettyErrors && lineCounter) for (const doc of docs) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		if (docs.length > 0) return docs;
		return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		let doc = null;
		for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		return doc;
	}
	function parse(src, reviver, options) {
		let _reviver = void 0;
		if (typeof reviver === "function") _reviver = reviver;
		else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
		const doc = parseDocument(src, options);
		if (!doc) return null;
		doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
		if (doc.errors.length > 0) {
			if (doc.options.logLevel !== "silent") throw doc.errors[0];
			else doc.errors = [];
		}
		return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) options = replacer;
		if (typeof options === "string") options = options.length;
		if (typeof options === "number") {
			const indent = Math.round(options);
			options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
		}
		if (value === void 0) {
			const { keepUndefined } = options ?? replacer ?? {};
			if (!keepUndefined) return void 0;
		}
		if (identity.isDocument(value) && !_replacer) return value.toString(options);
		return new Document.Document(value, _replacer, options).toString(options);
	}
	exports.parse = parse;
	exports.parseAllDocuments = parseAllDocuments;
	exports.parseDocument = parseDocument;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/index.js
var require_dist = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var Schema = require_Schema();
	var errors = require_errors();
	var Alias = require_Alias();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var cst = require_cst();
	var lexer = require_lexer();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	var publicApi = require_public_api();
	var visit = require_visit();
	exports.Composer = composer.Composer;
	exports.Document = Document.Document;
	exports.Schema = Schema.Schema;
	exports.YAMLError = errors.YAMLError;
	exports.YAMLParseError = errors.YAMLParseError;
	exports.YAMLWarning = errors.YAMLWarning;
	exports.Alias = Alias.Alias;
	exports.isAlias = identity.isAlias;
	exports.isCollection = identity.isCollection;
	exports.isDocument = identity.isDocument;
	exports.isMap = identity.isMap;
	exports.isNode = identity.isNode;
	exports.isPair = identity.isPair;
	exports.isScalar = identity.isScalar;
	exports.isSeq = identity.isSeq;
	exports.Pair = Pair.Pair;
	exports.Scalar = Scalar.Scalar;
	exports.YAMLMap = YAMLMap.YAMLMap;
	exports.YAMLSeq = YAMLSeq.YAMLSeq;
	exports.CST = cst;
	exports.Lexer = lexer.Lexer;
	exports.LineCounter = lineCounter.LineCounter;
	exports.Parser = parser.Parser;
	exports.parse = publicApi.parse;
	exports.parseAllDocuments = publicApi.parseAllDocuments;
	exports.parseDocument = publicApi.parseDocument;
	exports.stringify = publicApi.stringify;
	exports.visit = visit.visit;
	exports.visitAsync = visit.visitAsync;
}));
// node_modules/@fastify/swagger/lib/mode/static.js
var require_static = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const path = __require("node:path");
	const fs = __require("node:fs");
	const yaml = require_dist();
	module.exports = function(fastify, opts, done) {
		if (!opts.specification) return done(/* @__PURE__ */ new Error("specification is missing in the module options"));
		if (typeof opts.specification !== "object") return done(/* @__PURE__ */ new Error("specification is not an object"));
		let swaggerObject = {};
		if (!opts.specification.path && !opts.specification.document) return done(/* @__PURE__ */ new Error("both specification.path and specification.document are missing, should be path to the file or swagger document spec"));
		else if (opts.specification.path) {
			if (typeof opts.specification.path !== "string") return done(/* @__PURE__ */ new Error("specification.path is not a string"));
			if (!fs.existsSync(path.resolve(opts.specification.path))) return done(/* @__PURE__ */ new Error(`${opts.specification.path} does not exist`));
			const extName = path.extname(opts.specification.path).toLowerCase();
			if ([".yaml", ".json"].indexOf(extName) === -1) return done(/* @__PURE__ */ new Error("specification.path extension name is not supported, should be one from ['.yaml', '.json']"));
			if (opts.specification.postProcessor && typeof opts.specification.postProcessor !== "function") return done(/* @__PURE__ */ new Error("specification.postProcessor should be a function"));
			if (opts.specification.baseDir && typeof opts.specification.baseDir !== "string") return done(/* @__PURE__ */ new Error("specification.baseDir should be string"));
			if (!opts.specification.baseDir) opts.specification.baseDir = path.resolve(path.dirname(opts.specification.path));
			else while (opts.specification.baseDir.endsWith("/")) opts.specification.baseDir = opts.specification.baseDir.slice(0, -1);
			const source = fs.readFileSync(path.resolve(opts.specification.path), "utf8");
			switch (extName) {
				case ".yaml":
					swaggerObject = yaml.parse(source);
					break;
				case ".json": swaggerObject = JSON.parse(source);
			}
			if (opts.specification.postProcessor) swaggerObject = opts.specification.postProcessor(swaggerObject);
		} else {
			if (typeof opts.specification.document !== "object") return done(/* @__PURE__ */ new Error("specification.document is not an object"));
			swaggerObject = opts.specification.document;
		}
		fastify.decorate(opts.decorator || "swagger", swagger);
		const cache = {
			swaggerObject: null,
			swaggerString: null
		};
		function swagger(opts) {
			if (opts?.yaml) {
				if (cache.swaggerString) return cache.swaggerString;
			} else if (cache.swaggerObject) return cache.swaggerObject;
			if (opts?.yaml) {
				const swaggerString = yaml.stringify(swaggerObject, { strict: false });
				cache.swaggerString = swaggerString;
				return swaggerString;
			}
			cache.swaggerObject = swaggerObject;
			return swaggerObject;
		}
		done();
	};
}));
// node_modules/json-schema-resolver/node_modules/fast-uri/lib/utils.js
var require_utils$2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/** @type {(value: string) => boolean} */
	const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
	/** @type {(value: string) => boolean} */
	const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
	/** @type {(value: string) => boolean} */
	const isPort = RegExp.prototype.test.bind(/^\d*$/u);
	/** @type {(value: string) => boolean} */
	const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
	/** @type {(value: string) => boolean} */
	const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
	/** @type {(value: string) => boolean} */
	const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
	/** @type {(value: string) => boolean} */
	const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
	/** @type {(value: string) => boolean} */
	const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
	const BYTE_HEX = new Array(256);
	{
		const HEX_DIGITS = "0123456789ABCDEF";
		for (let i = 0; i < 256; i++) BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
	}
	function percentEncodeNonAscii(cp) {
		if (cp < 2048) return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
		if (cp < 65536) return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
		return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
	}
	/**
	* @param {Array<string>} input
	* @returns {string}
	*/
	function stringArrayToHexStripped(input) {
		let acc = "";
		let code = 0;
		let i = 0;
		for (i = 0; i < input.length; i++) {
			code = input[i].charCodeAt(0);
			if (code === 48) continue;
			if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) return "";
			acc += input[i];
			break;
		}
		for (i += 1; i < input.length; i++) {
			code = input[i].charCodeAt(0);
			if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) return "";
			acc += input[i];
		}
		return acc;
	}
	/** @type {(value: string) => boolean} */
	const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
	/** @type {(value: string) => boolean} */
	const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
	/** @type {(value: string) => boolean} */
	const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
	/**
	* @param {string} value
	* @returns {boolean}
	*/
	const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
	/**
	* @param {string} zone
	* @returns {boolean}
	*/
	function isZoneIdentifier(zone) {
		if (zone.length === 0) return false;
		for (let i = 0; i < zone.length; i++) {
			if (isZoneCharacter(zone[i])) continue;
			if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
				i += 2;
				continue;
			}
			return false;
		}
		return true;
	}
	/**
	* Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
	* single zero hextet is left uncompressed. On ties the leftmost run wins.
	*
	* @param {string[]} hextets
	* @returns {string}
	*/
	function compressIPv6ZeroRun(hextets) {
		let bestStart = -1;
		let bestLength = 0;
		let runStart = -1;
		let runLength = 0;
		for (let i = 0; i < hextets.length; i++) if (hextets[i] === "0") {
			if (runStart === -1) runStart = i;
			runLength++;
			if (runLength > bestLength) {
				bestLength = runLength;
				bestStart = runStart;
			}
		} else {
			runStart = -1;
			runLength = 0;
		}
		if (bestLength < 2) return hextets.join(":");
		const head = hextets.slice(0, bestStart).join(":");
		const tail = hextets.slice(bestStart + bestLength).join(":");
		return head + "::" + tail;
	}
	/**
	* Validates an IPv6 address against the alternatives in RFC 3986 section
	* 3.2.2 and returns the same address with leading hextet zeroes removed.
	* An embedded IPv4 address counts as two hextets and is only valid at the end.
	*
	* @param {string} input
	* @returns {string|undefined}
	*/
	function normalizeIPv6Address(input) {
		const compression = input.indexOf("::");
		if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
		const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
		const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
		if (compression !== -1) {
			if (left.length === 1 && left[0] === "") left.length = 0;
			if (right.length === 1 && right[0] === "") right.length = 0;
		}
		const parts = left.concat(right);
		let hextetCount = 0;
		for (let i = 0; i < parts.length; i++) {
			const part = parts[i];
			if (part === "") return void 0;
			if (part.indexOf(".") !== -1) {
				if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
				hextetCount += 2;
				continue;
			}
			if (!isHextet(part)) return void 0;
			parts[i] = parseInt(part, 16).toString(16);
			hextetCount++;
		}
		if (compression === -1) {
			if (hextetCount !== 8) return void 0;
			return compressIPv6ZeroRun(parts);
		}
		if (hextetCount >= 8) return void 0;
		const expanded = parts.slice(0, left.length);
		for (let i = hextetCount; i < 8; i++) expanded.push("0");
		for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
		return compressIPv6ZeroRun(expanded);
	}
	/**
	* @typedef {Object} NormalizeIPv6Result
	* @property {string} host - The normalized host.
	* @property {string} [escapedHost] - The escaped host.
	* @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
	* @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
	* @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
	*/
	/**
	* Validates and normalizes a bracketed IP literal. Raw zone separators remain
	* accepted for backwards compatibility, while encoded separators and zone
	* contents follow RFC 6874.
	*
	* @param {string} host
	* @returns {NormalizeIPv6Result}
	*/
	function normalizeIPv6(host) {
		const bracketed = host[0] === "[" && host[host.length - 1] === "]";
		if ((host[0] === "[" || host[host.length - 1] === "]") && !bracketed) return {
			host,
			isIPV6: false,
			error: true
		};
		let input = bracketed ? host.slice(1, -1) : host;
		if (bracketed && isIPvFuture(input)) {
			input = input.toLowerCase();
			return {
				host: `[${input}]`,
				escapedHost: input,
				isIPV6: false,
				isIPVFuture: true
			};
		}
		if (findToken(input, ":") < 2) return {
			host,
			isIPV6: false,
			error: bracketed
		};
		let zoneIdentifier = "";
		const zoneSeparator = input.indexOf("%");
		if (zoneSeparator !== -1) {
			const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
			zoneIdentifier = input.slice(zoneSeparator + separatorLength);
			if (!isZoneIdentifier(zoneIdentifier)) return {
				host,
				isIPV6: false,
				error: true
			};
			input = input.slice(0, zoneSeparator);
		}
		const address = normalizeIPv6Address(input);
		if (address === void 0) return {
			host,
			isIPV6: false,
			error: true
		};
		return {
			host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
			escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
			isIPV6: true
		};
	}
	/**
	* @param {string} str
	* @param {string} token
	* @returns {number}
	*/
	function findToken(str, token) {
		let ind = 0;
		for (let i = 0; i < str.length; i++) if (str[i] === token) ind++;
		return ind;
	}
	/**
	* @param {string} path
	* @returns {string}
	*
	* @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
	*/
	function removeDotSegments(path) {
		let input = path;
		const output = [];
		let nextSlash = -1;
		let len = 0;
		while (len = input.length) {
			if (len === 1) {
				if (input === ".") break;
				else if (input === "/") {
					output.push("/");
					break;
				} else {
					output.push(input);
					break;
				}
			} else if (len === 2) {
				if (input[0] === ".") {
					if (input[1] === ".") break;
					else if (input[1] === "/") {
						input = input.slice(2);
						continue;
					}
				} else if (input[0] === "/") {
					if (input[1] === "." || input[1] === "/") {
						output.push("/");
						break;
					}
				}
			} else if (len === 3) {
				if (input === "/..") {
					if (output.length !== 0) output.pop();
					output.push("/");
					break;
				}
			}
			if (input[0] === ".") {
				if (input[1] === ".") {
					if (input[2] === "/") {
						input = input.slice(3);
						continue;
					}
				} else if (input[1] === "/") {
					input = input.slice(2);
					continue;
				}
			} else if (input[0] === "/") {
				if (input[1] === ".") {
					if (input[2] === "/") {
						input = input.slice(2);
						continue;
					} else if (input[2] === ".") {
						if (input[3] === "/") {
							input = input.slice(3);
							if (output.length !== 0) output.pop();
							continue;
						}
					}
				}
			}
			if ((nextSlash = input.indexOf("/", 1)) === -1) {
				output.push(input);
				break;
			} else {
				output.push(input.slice(0, nextSlash));
				input = input.slice(nextSlash);
			}
		}
		return output.join("");
	}
	/**
	* Removes dot segments from the path of a relative reference (a path that does
	* not start with "/") without changing what it resolves to against any base.
	* Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
	* are kept, the result never becomes root-relative, and a result that would be
	* empty or start with an empty segment is prefixed with "." (an empty path
	* means "same document" and a leading "//" would introduce an authority).
	*
	* @param {string} path
	* @returns {string}
	*/
	function removeDotSegmentsRelative(path) {
		if (path === "" || path[0] === "/") return removeDotSegments(path);
		const segments = path.split("/");
		const last = segments.length - 1;
		/** @type {string[]} */
		const output = [];
		let trailingDirectory = false;
		for (let i = 0; i <= last; i++) {
			const segment = segments[i];
			if (segment === "." || segment === "..") {
				if (segment === "..") {
					if (output.length !== 0 && output[output.length - 1] !== "..") output.pop();
					else output.push("..");
				}
				trailingDirectory = i === last;
			} else output.push(segment);
		}
		if (trailingDirectory && output[output.length - 1] !== "..") output.push("");
		if (output.length === 0 || output[0] === "" || output[0].includes(":")) output.unshift(".");
		return output.join("/");
	}
	/**
	* Re-escape RFC 3986 gen-delims that must not appear literally in the host.
	* After the URI regex parses, these characters cannot be literal in the host
	* field, so any that appear after decoding came from percent-encoding and
	* must be restored to prevent authority structure changes.
	*
	* @param {string} host
	* @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
	* @returns {string}
	*/
	const HOST_DELIMS = {
		"@": "%40",
		"/": "%2F",
		"?": "%3F",
		"#": "%23",
		":": "%3A"
	};
	const HOST_DELIM_RE = /[@/?#:]/g;
	const HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
	function reescapeHostDelimiters(host, isIP) {
		const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
		re.lastIndex = 0;
		return host.replace(re, (ch) => HOST_DELIMS[ch]);
	}
	/**
	* Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
	* Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
	*
	* @param {string} input
	* @param {boolean} [decodeUnreserved=false]
	* @returns {string}
	*/
	function normalizePercentEncoding(input, decodeUnreserved = false) {
		if (input.indexOf("%") === -1) return input;
		let output = "";
		for (let i = 0; i < input.length; i++) {
			if (input[i] === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					const normalizedHex = hex.toUpperCase();
					const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
					if (decodeUnreserved && isUnreserved(decoded)) output += decoded;
					else output += "%" + normalizedHex;
					i += 2;
					continue;
				}
			}
			output += input[i];
		}
		return output;
	}
	/**
	* Normalizes path data without turning reserved escapes into live path syntax.
	* Valid escapes are uppercased, raw unsafe characters are escaped, and only
	* unreserved bytes that are not `.` are decoded.
	*
	* @param {string} input
	* @returns {string}
	*/
	function normalizePathEncoding(input) {
		let output = "";
		for (let i = 0; i < input.length; i++) {
			const ch = input[i];
			if (ch === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					const normalizedHex = hex.toUpperCase();
					const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
					if (decoded !== "." && isUnreserved(decoded)) output += decoded;
					else output += "%" + normalizedHex;
					i += 2;
					continue;
				}
			}
			if (isPathCharacter(ch)) output += ch;
			else {
				const code = input.charCodeAt(i);
				if (code < 128) output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
				else if (code < 55296 || code > 57343) output += percentEncodeNonAscii(code);
				else if (code <= 56319 && i + 1 < input.length) {
					const low = input.charCodeAt(i + 1);
					if (low >= 56320 && low <= 57343) {
						output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
						i++;
					} else output += percentEncodeNonAscii(65533);
				} else output += percentEncodeNonAscii(65533);
			}
		}
		return output;
	}
	/**
	* Serializes a path without rewriting reserved data. Raw RFC 3986 path
	* characters remain literal, valid escapes are preserved and uppercased, and
	* everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
	* first segment must be escaped so the result cannot be parsed as a scheme.
	*
	* @param {string} input
	* @param {boolean} [pathNoScheme=false]
	* @returns {string}
	*/
	function serializePathEncoding(input, pathNoScheme = false) {
		let output = "";
		let firstSegment = pathNoScheme && input[0] !== "/";
		for (let i = 0; i < input.length; i++) {
			const ch = input[i];
			if (ch === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					output += "%" + hex.toUpperCase();
					i += 2;
					continue;
				}
			}
			if (ch === "/") firstSegment = false;
			if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) output += ch;
			else {
				const code = input.charCodeAt(i);
				if (code < 128) output += BYTE_HEX[code];
				else if (code < 55296 || code > 57343) output += percentEncodeNonAscii(code);
				else if (code <= 56319 && i + 1 < input.length) {
					const low = input.charCodeAt(i + 1);
					if (low >= 56320 && low <= 57343) {
						output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
						i++;
					} else output += percentEncodeNonAscii(65533);
				} else output += percentEncodeNonAscii(65533);
			}
		}
		return output;
	}
	/**
	* Percent-encodes a URI component using its RFC 3986 literal character set.
	* Existing valid escapes are preserved and normalized to uppercase hex.
	*
	* @param {string} input
	* @param {(value: string) => boolean} isAllowed
	* @returns {string}
	*/
	function encodeComponent(input, isAllowed) {
		let output = "";
		for (let i = 0; i < input.length; i++) {
			const ch = input[i];
			if (ch === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					output += "%" + hex.toUpperCase();
					i += 2;
					continue;
				}
			}
			if (isAllowed(ch)) output += ch;
			else {
				const code = input.charCodeAt(i);
				if (code < 128) output += BYTE_HEX[code];
				else if (code < 55296 || code > 57343) output += percentEncodeNonAscii(code);
				else if (code <= 56319 && i + 1 < input.length) {
					const low = input.charCodeAt(i + 1);
					if (low >= 56320 && low <= 57343) {
						output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
						i++;
					} else output += percentEncodeNonAscii(65533);
				} else output += percentEncodeNonAscii(65533);
			}
		}
		return output;
	}
	/**
	* Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
	* In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
	*
	* @param {string} input
	* @returns {string}
	*/
	function encodeUserinfo(input) {
		return encodeComponent(input, isUserinfoCharacter);
	}
	/**
	* Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
	* escaped because it would otherwise begin the fragment component.
	*
	* @param {string} input
	* @returns {string}
	*/
	function encodeQuery(input) {
		return encodeComponent(input, isQueryFragmentCharacter);
	}
	/**
	* Encodes fragment data using the RFC 3986 §3.5 grammar.
	*
	* @param {string} input
	* @returns {string}
	*/
	function encodeFragment(input) {
		return encodeComponent(input, isQueryFragmentCharacter);
	}
	function isEscapeSafe(cp) {
		return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
	}
	/**
	* Normalizes the percent-encoding of a query or fragment component.
	*
	* Like `normalizePathEncoding`, but uses the query/fragment character set
	* (which additionally allows `?`) and decodes `.` since it has no dot-segment
	* meaning outside of a path.
	*
	* @param {string} input
	* @returns {string}
	*/
	function normalizeQueryFragmentEncoding(input) {
		let output = "";
		for (let i = 0; i < input.length; i++) {
			const ch = input[i];
			if (ch === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					const normalizedHex = hex.toUpperCase();
					const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
					if (isUnreserved(decoded)) output += decoded;
					else output += "%" + normalizedHex;
					i += 2;
					continue;
				}
			}
			if (isQueryFragmentCharacter(ch)) output += ch;
			else {
				const code = input.charCodeAt(i);
				if (code < 128) output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
				else if (code < 55296 || code > 57343) output += percentEncodeNonAscii(code);
				else if (code <= 56319 && i + 1 < input.length) {
					const low = input.charCodeAt(i + 1);
					if (low >= 56320 && low <= 57343) {
						output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
						i++;
					} else output += percentEncodeNonAscii(65533);
				} else output += percentEncodeNonAscii(65533);
			}
		}
		return output;
	}
	/**
	* Escapes a component while preserving existing valid percent escapes.
	*
	* @param {string} input
	* @returns {string}
	*/
	function escapePreservingEscapes(input) {
		let output = "";
		for (let i = 0; i < input.length; i++) {
			if (input[i] === "%" && i + 2 < input.length) {
				const hex = input.slice(i + 1, i + 3);
				if (isHexPair(hex)) {
					output += "%" + hex.toUpperCase();
					i += 2;
					continue;
				}
			}
			output += escape(input[i]);
		}
		return output;
	}
	/**
	* @param {import('../types/index').URIComponent} component
	* @returns {string|undefined}
	*/
	function recomposeAuthority(component) {
		const uriTokens = [];
		if (component.userinfo !== void 0) {
			uriTokens.push(encodeUserinfo(component.userinfo));
			uriTokens.push("@");
		}
		if (component.host !== void 0) {
			let host = component.host;
			if (!isIPv4(host)) {
				let ipV6res = normalizeIPv6(host);
				if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
					host = normalizePercentEncoding(host, true);
					ipV6res = normalizeIPv6(host);
				}
				if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) host = `[${ipV6res.escapedHost}]`;
				else host = reescapeHostDelimiters(host, false);
			}
			uriTokens.push(host);
		}
		if (typeof component.port === "number" || typeof component.port === "string") {
			const port = String(component.port);
			if (!isPort(port)) throw new TypeError("URI port is malformed.");
			uriTokens.push(":");
			uriTokens.push(port);
		}
		return uriTokens.length ? uriTokens.join("") : void 0;
	}
	module.exports = {
		nonSimpleDomain,
		recomposeAuthority,
		reescapeHostDelimiters,
		normalizePercentEncoding,
		normalizePathEncoding,
		serializePathEncoding,
		normalizeQueryFragmentEncoding,
		encodeUserinfo,
		encodeQuery,
		encodeFragment,
		escapePreservingEscapes,
		removeDotSegments,
		removeDotSegmentsRelative,
		isIPv4,
		isUUID,
		normalizeIPv6,
		stringArrayToHexStripped
	};
}));
// node_modules/json-schema-resolver/node_modules/fast-uri/lib/schemes.js
var require_schemes = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { isUUID } = require_utils$2();
	const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
	const supportedSchemeNames = [
		"http",
		"https",
		"ws",
		"wss",
		"urn",
		"urn:uuid"
	];
	/** @typedef {supportedSchemeNames[number]} SchemeName */
	/**
	* @param {string} name
	* @returns {name is SchemeName}
	*/
	function isValidSchemeName(name) {
		return supportedSchemeNames.indexOf(name) !== -1;
	}
	/**
	* @callback SchemeFn
	* @param {import('../types/index').URIComponent} component
	* @param {import('../types/index').Options} options
	* @returns {import('../types/index').URIComponent}
	*/
	/**
	* @typedef {Object} SchemeHandler
	* @property {SchemeName} scheme - The scheme name.
	* @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
	* @property {SchemeFn} parse - Function to parse the URI component for this scheme.
	* @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
	* @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
	* @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
	* @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
	*/
	/**
	* @param {import('../types/index').URIComponent} wsComponent
	* @returns {boolean}
	*/
	function wsIsSecure(wsComponent) {
		if (wsComponent.secure === true) return true;
		else if (wsComponent.secure === false) return false;
		else if (wsComponent.scheme) return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
		else return false;
	}
	/** @type {SchemeFn} */
	function httpParse(component) {
		if (!component.host) component.error = component.error || "HTTP URIs must have a host.";
		return component;
	}
	/** @type {SchemeFn} */
	function httpSerialize(component) {
		const secure = String(component.scheme).toLowerCase() === "https";
		if (component.port === (secure ? 443 : 80) || component.port === "") component.port = void 0;
		if (!component.path) component.path = "/";
		return component;
	}
	/** @type {SchemeFn} */
	function wsParse(wsComponent) {
		wsComponent.secure = wsIsSecure(wsComponent);
		wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
		wsComponent.path = void 0;
		wsComponent.query = void 0;
		return wsComponent;
	}
	/** @type {SchemeFn} */
	function wsSerialize(wsComponent) {
		if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") wsComponent.port = void 0;
		if (typeof wsComponent.secure === "boolean") {
			wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
			wsComponent.secure = void 0;
		}
		if (wsComponent.resourceName) {
			const queryIndex = wsComponent.resourceName.indexOf("?");
			const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
			wsComponent.path = path && path !== "/" ? path : void 0;
			wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
			wsComponent.resourceName = void 0;
		}
		wsComponent.fragment = void 0;
		return wsComponent;
	}
	/** @type {SchemeFn} */
	function urnParse(urnComponent, options) {
		if (!urnComponent.path) {
			urnComponent.error = "URN can not be parsed";
			return urnComponent;
		}
		const matches = urnComponent.path.match(URN_REG);
		if (matches && matches[0] === urnComponent.path) {
			const scheme = options.scheme || urnComponent.scheme || "urn";
			urnComponent.nid = matches[1].toLowerCase();
			urnComponent.nss = matches[2];
			const schemeHandler = getSchemeHandler(`${scheme}:${options.nid || urnComponent.nid}`);
			urnComponent.path = void 0;
			if (schemeHandler) urnComponent = schemeHandler.parse(urnComponent, options);
		} else urnComponent.error = urnComponent.error || "URN can not be parsed.";
		return urnComponent;
	}
	/** @type {SchemeFn} */
	function urnSerialize(urnComponent, options) {
		if (urnComponent.nid === void 0) throw new Error("URN without nid cannot be serialized");
		const scheme = options.scheme || urnComponent.scheme || "urn";
		const nid = urnComponent.nid.toLowerCase();
		const schemeHandler = getSchemeHandler(`${scheme}:${options.nid || nid}`);
		if (schemeHandler) urnComponent = schemeHandler.serialize(urnComponent, options);
		const uriComponent = urnComponent;
		const nss = urnComponent.nss;
		uriComponent.path = `${nid || options.nid}:${nss}`;
		options.skipEscape = true;
		return uriComponent;
	}
	/** @type {SchemeFn} */
	function urnuuidParse(urnComponent, options) {
		const uuidComponent = urnComponent;
		uuidComponent.uuid = uuidComponent.nss;
		uuidComponent.nss = void 0;
		if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) uuidComponent.error = uuidComponent.error || "UUID is not valid.";
		return uuidComponent;
	}
	/** @type {SchemeFn} */
	function urnuuidSerialize(uuidComponent) {
		const urnComponent = uuidComponent;
		urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
		return urnComponent;
	}
	const http = {
		scheme: "http",
		domainHost: true,
		parse: httpParse,
		serialize: httpSerialize
	};
	const https = {
		scheme: "https",
		domainHost: http.domainHost,
		parse: httpParse,
		serialize: httpSerialize
	};
	const ws = {
		scheme: "ws",
		domainHost: true,
		parse: wsParse,
		serialize: wsSerialize
	};
	const SCHEMES = {
		http,
		https,
		ws,
		wss: {
			scheme: "wss",
			domainHost: ws.domainHost,
			parse: ws.parse,
			serialize: ws.serialize
		},
		urn: {
			scheme: "urn",
			parse: urnParse,
			serialize: urnSerialize,
			skipNormalize: true
		},
		"urn:uuid": {
			scheme: "urn:uuid",
			parse: urnuuidParse,
			serialize: urnuuidSerialize,
			skipNormalize: true
		}
	};
	Object.setPrototypeOf(SCHEMES, null);
	/**
	* @param {string|undefined} scheme
	* @returns {SchemeHandler|undefined}
	*/
	function getSchemeHandler(scheme) {
		return scheme && (SCHEMES[scheme] || SCHEMES[scheme.toLowerCase()]) || void 0;
	}
	module.exports = {
		wsIsSecure,
		SCHEMES,
		isValidSchemeName,
		getSchemeHandler
	};
}));
// node_modules/json-schema-resolver/node_modules/fast-uri/index.js
var require_fast_uri = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils$2();
	const { SCHEMES, getSchemeHandler } = require_schemes();
	const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
	const MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
	const MALFORMED_HOST_ERROR = "URI host is malformed.";
	const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
	/**
	* RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
	* scheme is validated as-is and never decoded. Decoding would let inert input
	* such as `%6Aavascript:` become a live `javascript:` scheme.
	*
	* @param {string} scheme
	* @returns {string}
	*/
	function validateScheme(scheme) {
		const stringScheme = String(scheme);
		if (!VALID_SCHEME.test(stringScheme)) throw new TypeError(MALFORMED_SCHEME_ERROR);
		return stringScheme;
	}
	/**
	* @template {import('./types/index').URIComponent|string} T
	* @param {T} uri
	* @param {import('./types/index').Options} [options]
	* @returns {T}
	*/
	function normalize(uri, options) {
		if (typeof uri === "string") uri = normalizeString(uri, options);
		else if (typeof uri === "object") uri = parse(serialize(uri, options), options);
		return uri;
	}
	/**
	* @param {string} baseURI
	* @param {string} relativeURI
	* @param {import('./types/index').Options} [options]
	* @returns {string}
	*/
	function resolve(baseURI, relativeURI, options) {
		const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
		const { parsed: baseParsed, malformedAuthorityOrPort: baseMalformed, malformedPercentEncoding: baseMalformedPercentEncoding, malformedSchemeSpecific: baseMalformedSchemeSpecific, malformedHost: baseMalformedHost, malformedScheme: baseMalformedScheme } = parseWithStatus(baseURI, schemelessOptions);
		const { parsed: relativeParsed, malformedAuthorityOrPort: relativeMalformed, malformedPercentEncoding: relativeMalformedPercentEncoding, malformedSchemeSpecific: relativeMalformedSchemeSpecific, malformedHost: relativeMalformedHost, malformedScheme: relativeMalformedScheme } = parseWithStatus(relativeURI, schemelessOptions);
		if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
		const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
		const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
		const resolvedHost = resolved.host;
		const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
		if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) throw new Error(MALFORMED_HOST_ERROR);
		canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
		const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !/\P{ASCII}/u.test(resolvedHost);
		if (resolved.error && !encodedASCIIHost) throw new Error(resolved.error);
		schemelessOptions.skipEscape = true;
		return serialize(resolved, schemelessOptions);
	}
	/**
	* @param {import ('./types/index').URIComponent} base
	* @param {import ('./types/index').URIComponent} relative
	* @param {import('./types/index').Options} [options]
	* @param {boolean} [skipNormalization=false]
	* @returns {import ('./types/index').URIComponent}
	*/
	function resolveComponent(base, relative, options, skipNormalization) {
		/** @type {import('./types/index').URIComponent} */
		const target = {};
		if (!skipNormalization) {
			base = parse(serialize(base, options), options);
			relative = parse(serialize(relative, options), options);
		}
		options = options || {};
		if (!options.tolerant && relative.scheme) {
			target.scheme = relative.scheme;
			target.userinfo = relative.userinfo;
			target.host = relative.host;
			target.port = relative.port;
			target.path = removeDotSegments(relative.path || "");
			target.query = relative.query;
		} else {
			if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
				target.userinfo = relative.userinfo;
				target.host = relative.host;
				target.port = relative.port;
				target.path = removeDotSegments(relative.path || "");
				target.query = relative.query;
			} else {
				if (!relative.path) {
					target.path = base.path;
					if (relative.query !== void 0) target.query = relative.query;
					else target.query = base.query;
				} else {
					if (relative.path[0] === "/") target.path = removeDotSegments(relative.path);
					else {
						const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
						if (baseHasAuthority && !base.path) target.path = "/" + relative.path;
						else if (!base.path) target.path = relative.path;
						else target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
						target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
					}
					target.query = relative.query;
				}
				target.userinfo = base.userinfo;
				target.host = base.host;
				target.port = base.port;
			}
			target.scheme = base.scheme;
		}
		target.fragment = relative.fragment;
		return target;
	}
	/**
	* @param {import ('./types/index').URIComponent|string} uriA
	* @param {import ('./types/index').URIComponent|string} uriB
	* @param {import ('./types/index').Options} options
	* @returns {boolean}
	*/
	function equal(uriA, uriB, options) {
		const normalizedA = normalizeComparableURI(uriA, options);
		const normalizedB = normalizeComparableURI(uriB, options);
		return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
	}
	/**
	* @param {Readonly<import('./types/index').URIComponent>} cmpts
	* @param {import('./types/index').Options} [opts]
	* @returns {string}
	*/
	function serialize(cmpts, opts) {
		const component = {
			host: cmpts.host,
			scheme: cmpts.scheme,
			userinfo: cmpts.userinfo,
			port: cmpts.port,
			path: cmpts.path,
			query: cmpts.query,
			nid: cmpts.nid,
			nss: cmpts.nss,
			uuid: cmpts.uuid,
			fragment: cmpts.fragment,
			reference: cmpts.reference,
			resourceName: cmpts.resourceName,
			secure: cmpts.secure,
			error: ""
		};
		const options = Object.assign({}, opts);
		const uriTokens = [];
		if (component.scheme) component.scheme = validateScheme(component.scheme);
		const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
		if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
		const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
		const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
		const pathNoScheme = !options.skipEscape && schemelessReference;
		if (component.path !== void 0) {
			if (!options.skipEscape) component.path = serializePathEncoding(component.path, pathNoScheme);
			else component.path = normalizePercentEncoding(component.path);
		}
		if (options.reference !== "suffix" && component.scheme) {
			component.scheme = validateScheme(component.scheme);
			uriTokens.push(component.scheme, ":");
		}
		const authority = recomposeAuthority(component);
		if (authority !== void 0) {
			if (options.reference !== "suffix") uriTokens.push("//");
			uriTokens.push(authority);
			if (component.path && component.path[0] !== "/") uriTokens.push("/");
		}
		if (component.path !== void 0) {
			let s = component.path;
			if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
			if (schemelessReference) s = serializePathEncoding(s, true);
			if (authority === void 0 && s[0] === "/" && s[1] === "/") s = "/%2F" + s.slice(2);
			uriTokens.push(s);
		}
		if (component.query !== void 0) uriTokens.push("?", encodeQuery(component.query));
		if (component.fragment !== void 0) uriTokens.push("#", encodeFragment(component.fragment));
		return uriTokens.join("");
	}
	const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
	const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
	const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
	/**
	* @param {import('./types/index').URIComponent} parsed
	* @param {RegExpMatchArray} matches
	* @returns {string|undefined}
	*/
	function getParseError(parsed, matches) {
		if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") return "URI path must start with \"/\" when authority is present.";
		if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) return "URI port is malformed.";
	}
	/**
	* Checks percent syntax without decoding the represented octets. RFC 3986
	* percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
	* though they are not independently valid UTF-8.
	*
	* @param {string|undefined} component
	* @returns {boolean}
	*/
	function hasMalformedPercentEncoding(component) {
		if (component === void 0) return false;
		let percent = component.indexOf("%");
		while (percent !== -1) {
			if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) return true;
			percent = component.indexOf("%", percent + 3);
		}
		return false;
	}
	/**
	* Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
	* An unterminated `[` is not a literal, so it must still be validated as a
	* reg-name instead of being waved through as an IP.
	*
	* @param {string} host
	* @returns {boolean}
	*/
	function isIPLiteral(host) {
		return host[0] === "[" && host[host.length - 1] === "]";
	}
	/**
	* @param {RegExpMatchArray} matches
	* @returns {boolean}
	*/
	function hasMalformedComponentPercentEncoding(matches) {
		const host = matches[4];
		return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
	}
	/**
	* @param {import('./types/index').URIComponent} parsed
	* @param {import('./types/index').Options} options
	* @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
	* @param {boolean} isIP
	* @returns {boolean} whether host conversion failed
	*/
	function canonicalizeHost(parsed, options, schemeHandler, isIP) {
		if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
			parsed.error = parsed.error || MALFORMED_HOST_ERROR;
			return true;
		}
		if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
			let url;
			try {
				url = new URL("http://" + parsed.host);
			} catch (e) {
				parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
				return true;
			}
			if (!isHostOnlyURL(url)) {
				parsed.error = parsed.error || MALFORMED_HOST_ERROR;
				return true;
			}
			parsed.host = url.hostname;
		}
		return false;
	}
	/**
	* Whether a domain host contains an ASCII character that RFC 3986 does not
	* allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
	* rejected instead of being handed to the WHATWG URL parser, which would treat
	* "@" as a userinfo delimiter (silently dropping the data before it) and strip
	* TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
	*
	* @param {import('./types/index').URIComponent} parsed
	* @param {import('./types/index').Options} options
	* @param {{ domainHost?: boolean }|undefined} schemeHandler
	* @param {boolean} isIP
	* @returns {boolean}
	*/
	function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
		return Boolean(parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host));
	}
	/**
	* @param {URL} url
	* @returns {boolean}
	*/
	function isHostOnlyURL(url) {
		return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
	}
	/**
	* @param {string} uri
	* @param {import('./types/index').Options} [opts]
	* @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
	*/
	function parseWithStatus(uri, opts) {
		const options = Object.assign({}, opts);
		/** @type {import('./types/index').URIComponent} */
		const parsed = {
			scheme: void 0,
			userinfo: void 0,
			host: "",
			port: void 0,
			path: "",
			query: void 0,
			fragment: void 0
		};
		let malformedAuthorityOrPort = false;
		let malformedPercentEncoding = false;
		let malformedSchemeSpecific = false;
		let malformedHost = false;
		let malformedIPLiteral = false;
		let malformedScheme = false;
		let isIP = false;
		if (options.reference === "suffix") {
			if (options.scheme) uri = options.scheme + ":" + uri;
			else uri = "//" + uri;
		}
		const authorityMatch = uri.match(AUTHORITY_PREFIX);
		if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
			parsed.error = "URI authority must not contain a literal backslash.";
			malformedAuthorityOrPort = true;
		}
		const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
		if (introducerMatch !== null) {
			const region = introducerMatch[1];
			const normalizedRegion = region.replace(/[\t\n\r]/g, "");
			if (normalizedRegion.length >= 2) {
				if (normalizedRegion.slice(0, 2) !== "//") {
					parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
					malformedAuthorityOrPort = true;
				} else if (region.length !== normalizedRegion.length) {
					parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
					malformedAuthorityOrPort = true;
				}
			}
		}
		const matches = uri.match(URI_PARSE);
		if (matches) {
			parsed.scheme = matches[1];
			parsed.userinfo = matches[3];
			parsed.host = matches[4];
			parsed.port = parseInt(matches[5], 10);
			parsed.path = matches[6] || "";
			parsed.query = matches[7];
			parsed.fragment = matches[8];
			if (parsed.scheme !== void 0) {
				if (VALID_SCHEME.test(parsed.scheme)) parsed.scheme = parsed.scheme.toLowerCase();
				else {
					parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
					malformedScheme = true;
				}
			}
			malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
			if (malformedPercentEncoding) parsed.error = parsed.error || "URI contains malformed percent-encoding.";
			if (isNaN(parsed.port)) parsed.port = matches[5];
			const parseError = getParseError(parsed, matches);
			if (parseError !== void 0) {
				parsed.error = parsed.error || parseError;
				malformedAuthorityOrPort = true;
			}
			if (parsed.host) {
				if (isIPv4(parsed.host) === false) {
					const bracketedIPLiteral = isIPLiteral(parsed.host);
					const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
					const ipv6result = normalizeIPv6(parsed.host);
					isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
					malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
					parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
					if (malformedIPLiteral) {
						parsed.error = parsed.error || MALFORMED_HOST_ERROR;
						malformedAuthorityOrPort = true;
					}
				} else isIP = true;
			}
			if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) parsed.reference = "same-document";
			else if (parsed.scheme === void 0) parsed.reference = "relative";
			else if (parsed.fragment === void 0) parsed.reference = "absolute";
			else parsed.reference = "uri";
			if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
			const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
			if (!malformedIPLiteral) malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
			if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
				let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
				if (!isIP) host = normalizePercentEncoding(host.toLowerCase());
				parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
			}
			if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
				if (parsed.path) parsed.path = normalizePathEncoding(parsed.path);
				if (parsed.query) parsed.query = normalizeQueryFragmentEncoding(parsed.query);
				if (parsed.fragment) parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
			}
			if (schemeHandler && schemeHandler.parse) {
				schemeHandler.parse(parsed, options);
				if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) malformedSchemeSpecific = true;
			}
		} else parsed.error = parsed.error || "URI can not be parsed.";
		return {
			parsed,
			malformedAuthorityOrPort,
			malformedPercentEncoding,
			malformedSchemeSpecific,
			malformedHost,
			malformedScheme
		};
	}
	/**
	* @param {string} uri
	* @param {import('./types/index').Options} [opts]
	* @returns
	*/
	function parse(uri, opts) {
		return parseWithStatus(uri, opts).parsed;
	}
	/**
	* @param {string} uri
	* @param {import('./types/index').Options} [opts]
	* @returns {string}
	*/
	function normalizeString(uri, opts) {
		return normalizeStringWithStatus(uri, opts).normalized;
	}
	/**
	* @param {string} uri
	* @param {import('./types/index').Options} [opts]
	* @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
	*/
	function normalizeStringWithStatus(uri, opts) {
		const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
		return {
			normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
			malformedAuthorityOrPort,
			malformedPercentEncoding,
			malformedSchemeSpecific,
			malformedHost,
			malformedScheme
		};
	}
	/**
	* @param {import ('./types/index').URIComponent|string} uri
	* @param {import('./types/index').Options} [opts]
	* @returns {string|undefined}
	*/
	function normalizeComparableURI(uri, opts) {
		if (typeof uri !== "string" && typeof uri !== "object") return;
		let value;
		try {
			value = typeof uri === "string" ? uri : serialize(uri, opts);
		} catch {
			return;
		}
		const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
		return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
	}
	const fastUri = {
		SCHEMES,
		normalize,
		resolve,
		resolveComponent,
		equal,
		serialize,
		parse
	};
	module.exports = fastUri;
	module.exports.default = fastUri;
	module.exports.fastUri = fastUri;
}));
// node_modules/ms/index.js
var require_ms = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Helpers.
	*/
	var s = 1e3;
	var m = s * 60;
	var h = m * 60;
	var d = h * 24;
	var w = d * 7;
	var y = d * 365.25;
	/**
	* Parse or format the given `val`.
	*
	* Options:
	*
	*  - `long` verbose formatting [false]
	*
	* @param {String|Number} val
	* @param {Object} [options]
	* @throws {Error} throw an error if val is not a non-empty string or a number
	* @return {String|Number}
	* @api public
	*/
	module.exports = function(val, options) {
		options = options || {};
		var type = typeof val;
		if (type === "string" && val.length > 0) return parse(val);
		else if (type === "number" && isFinite(val)) return options.long ? fmtLong(val) : fmtShort(val);
		throw new Error("val is not a non-empty string or a valid number. val=" + JSON.stringify(val));
	};
	/**
	* Parse the given `str` and return milliseconds.
	*
	* @param {String} str
	* @return {Number}
	* @api private
	*/
	function parse(str) {
		str = String(str);
		if (str.length > 100) return;
		var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(str);
		if (!match) return;
		var n = parseFloat(match[1]);
		switch ((match[2] || "ms").toLowerCase()) {
			case "years":
			case "year":
			case "yrs":
			case "yr":
			case "y": return n * y;
			case "weeks":
			case "week":
			case "w": return n * w;
			case "days":
			case "day":
			case "d": return n * d;
			case "hours":
			case "hour":
			case "hrs":
			case "hr":
			case "h": return n * h;
			case "minutes":
			case "minute":
			case "mins":
			case "min":
			case "m": return n * m;
			case "seconds":
			case "second":
			case "secs":
			case "sec":
			case "s": return n * s;
			case "milliseconds":
			case "millisecond":
			case "msecs":
			case "msec":
			case "ms": return n;
			default: return;
		}
	}
	/**
	* Short format for `ms`.
	*
	* @param {Number} ms
	* @return {String}
	* @api private
	*/
	function fmtShort(ms) {
		var msAbs = Math.abs(ms);
		if (msAbs >= d) return Math.round(ms / d) + "d";
		if (msAbs >= h) return Math.round(ms / h) + "h";
		if (msAbs >= m) return Math.round(ms / m) + "m";
		if (msAbs >= s) return Math.round(ms / s) + "s";
		return ms + "ms";
	}
	/**
	* Long format for `ms`.
	*
	* @param {Number} ms
	* @return {String}
	* @api private
	*/
	function fmtLong(ms) {
		var msAbs = Math.abs(ms);
		if (msAbs >= d) return plural(ms, msAbs, d, "day");
		if (msAbs >= h) return plural(ms, msAbs, h, "hour");
		if (msAbs >= m) return plural(ms, msAbs, m, "minute");
		if (msAbs >= s) return plural(ms, msAbs, s, "second");
		return ms + " ms";
	}
	/**
	* Pluralization helper.
	*/
	function plural(ms, msAbs, n, name) {
		var isPlural = msAbs >= n * 1.5;
		return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
	}
}));
// node_modules/debug/src/common.js
var require_common = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* This is the common logic for both the Node.js and web browser
	* implementations of `debug()`.
	*/
	function setup(env) {
		createDebug.debug = createDebug;
		createDebug.default = createDebug;
		createDebug.coerce = coerce;
		createDebug.disable = disable;
		createDebug.enable = enable;
		createDebug.enabled = enabled;
		createDebug.humanize = require_ms();
		createDebug.destroy = destroy;
		Object.keys(env).forEach((key) => {
			createDebug[key] = env[key];
		});
		/**
		* The currently active debug mode names, and names to skip.
		*/
		createDebug.names = [];
		createDebug.skips = [];
		/**
		* Map of special "%n" handling functions, for the debug "format" argument.
		*
		* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
		*/
		createDebug.formatters = {};
		/**
		* Selects a color for a debug namespace
		* @param {String} namespace The namespace string for the debug instance to be colored
		* @return {Number|String} An ANSI color code for the given namespace
		* @api private
		*/
		function selectColor(namespace) {
			let hash = 0;
			for (let i = 0; i < namespace.length; i++) {
				hash = (hash << 5) - hash + namespace.charCodeAt(i);
				hash |= 0;
			}
			return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
		}
		createDebug.selectColor = selectColor;
		/**
		* Create a debugger with the given `namespace`.
		*
		* @param {String} namespace
		* @return {Function}
		* @api public
		*/
		function createDebug(namespace) {
			let prevTime;
			let enableOverride = null;
			let namespacesCache;
			let enabledCache;
			function debug(...args) {
				if (!debug.enabled) return;
				const self = debug;
				const curr = Number(/* @__PURE__ */ new Date());
				self.diff = curr - (prevTime || curr);
				self.prev = prevTime;
				self.curr = curr;
				prevTime = curr;
				args[0] = createDebug.coerce(args[0]);
				if (typeof args[0] !== "string") args.unshift("%O");
				let index = 0;
				args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
					if (match === "%%") return "%";
					index++;
					const formatter = createDebug.formatters[format];
					if (typeof formatter === "function") {
						const val = args[index];
						match = formatter.call(self, val);
						args.splice(index, 1);
						index--;
					}
					return match;
				});
				createDebug.formatArgs.call(self, args);
				(self.log || createDebug.log).apply(self, args);
			}
			debug.namespace = namespace;
			debug.useColors = createDebug.useColors();
			debug.color = createDebug.selectColor(namespace);
			debug.extend = extend;
			debug.destroy = createDebug.destroy;
			Object.defineProperty(debug, "enabled", {
				enumerable: true,
				configurable: false,
				get: () => {
					if (enableOverride !== null) return enableOverride;
					if (namespacesCache !== createDebug.namespaces) {
						namespacesCache = createDebug.namespaces;
						enabledCache = createDebug.enabled(namespace);
					}
					return enabledCache;
				},
				set: (v) => {
					enableOverride = v;
				}
			});
			if (typeof createDebug.init === "function") createDebug.init(debug);
			return debug;
		}
		function extend(namespace, delimiter) {
			const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
			newDebug.log = this.log;
			return newDebug;
		}
		/**
		* Enables a debug mode by namespaces. This can include modes
		* separated by a colon and wildcards.
		*
		* @param {String} namespaces
		* @api public
		*/
		function enable(namespaces) {
			createDebug.save(namespaces);
			createDebug.namespaces = namespaces;
			createDebug.names = [];
			createDebug.skips = [];
			const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
			for (const ns of split) if (ns[0] === "-") createDebug.skips.push(ns.slice(1));
			else createDebug.names.push(ns);
		}
		/**
		* Checks if the given string matches a namespace template, honoring
		* asterisks as wildcards.
		*
		* @param {String} search
		* @param {String} template
		* @return {Boolean}
		*/
		function matchesTemplate(search, template) {
			let searchIndex = 0;
			let templateIndex = 0;
			let starIndex = -1;
			let matchIndex = 0;
			while (searchIndex < search.length) if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
				if (template[templateIndex] === "*") {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++;
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) {
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else return false;
			while (templateIndex < template.length && template[templateIndex] === "*") templateIndex++;
			return templateIndex === template.length;
		}
		/**
		* Disable debug output.
		*
		* @return {String} namespaces
		* @api public
		*/
		function disable() {
			const namespaces = [...createDebug.names, ...createDebug.skips.map((namespace) => "-" + namespace)].join(",");
			createDebug.enable("");
			return namespaces;
		}
		/**
		* Returns true if the given mode name is enabled, false otherwise.
		*
		* @param {String} name
		* @return {Boolean}
		* @api public
		*/
		function enabled(name) {
			for (const skip of createDebug.skips) if (matchesTemplate(name, skip)) return false;
			for (const ns of createDebug.names) if (matchesTemplate(name, ns)) return true;
			return false;
		}
		/**
		* Coerce `val`.
		*
		* @param {Mixed} val
		* @return {Mixed}
		* @api private
		*/
		function coerce(val) {
			if (val instanceof Error) return val.stack || val.message;
			return val;
		}
		/**
		* XXX DO NOT USE. This is a temporary stub function.
		* XXX It WILL be removed in the next major release.
		*/
		function destroy() {
			console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
		}
		createDebug.enable(createDebug.load());
		return createDebug;
	}
	module.exports = setup;
}));
// node_modules/debug/src/browser.js
var require_browser = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* This is the web browser implementation of `debug()`.
	*/
	exports.formatArgs = formatArgs;
	exports.save = save;
	exports.load = load;
	exports.useColors = useColors;
	exports.storage = localstorage();
	exports.destroy = (() => {
		let warned = false;
		return () => {
			if (!warned) {
				warned = true;
				console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
			}
		};
	})();
	/**
	* Colors.
	*/
	exports.colors = [
		"#0000CC",
		"#0000FF",
		"#0033CC",
		"#0033FF",
		"#0066CC",
		"#0066FF",
		"#0099CC",
		"#0099FF",
		"#00CC00",
		"#00CC33",
		"#00CC66",
		"#00CC99",
		"#00CCCC",
		"#00CCFF",
		"#3300CC",
		"#3300FF",
		"#3333CC",
		"#3333FF",
		"#3366CC",
		"#3366FF",
		"#3399CC",
		"#3399FF",
		"#33CC00",
		"#33CC33",
		"#33CC66",
		"#33CC99",
		"#33CCCC",
		"#33CCFF",
		"#6600CC",
		"#6600FF",
		"#6633CC",
		"#6633FF",
		"#66CC00",
		"#66CC33",
		"#9900CC",
		"#9900FF",
		"#9933CC",
		"#9933FF",
		"#99CC00",
		"#99CC33",
		"#CC0000",
		"#CC0033",
		"#CC0066",
		"#CC0099",
		"#CC00CC",
		"#CC00FF",
		"#CC3300",
		"#CC3333",
		"#CC3366",
		"#CC3399",
		"#CC33CC",
		"#CC33FF",
		"#CC6600",
		"#CC6633",
		"#CC9900",
		"#CC9933",
		"#CCCC00",
		"#CCCC33",
		"#FF0000",
		"#FF0033",
		"#FF0066",
		"#FF0099",
		"#FF00CC",
		"#FF00FF",
		"#FF3300",
		"#FF3333",
		"#FF3366",
		"#FF3399",
		"#FF33CC",
		"#FF33FF",
		"#FF6600",
		"#FF6633",
		"#FF9900",
		"#FF9933",
		"#FFCC00",
		"#FFCC33"
	];
	/**
	* Currently only WebKit-based Web Inspectors, Firefox >= v31,
	* and the Firebug extension (any Firefox version) are known
	* to support "%c" CSS customizations.
	*
	* TODO: add a `localStorage` variable to explicitly enable/disable colors
	*/
	function useColors() {
		if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) return true;
		if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) return false;
		let m;
		return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
	}
	/**
	* Colorize log arguments if enabled.
	*
	* @api public
	*/
	function formatArgs(args) {
		args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
		if (!this.useColors) return;
		const c = "color: " + this.color;
		args.splice(1, 0, c, "color: inherit");
		let index = 0;
		let lastC = 0;
		args[0].replace(/%[a-zA-Z%]/g, (match) => {
			if (match === "%%") return;
			index++;
			if (match === "%c") lastC = index;
		});
		args.splice(lastC, 0, c);
	}
	/**
	* Invokes `console.debug()` when available.
	* No-op when `console.debug` is not a "function".
	* If `console.debug` is not available, falls back
	* to `console.log`.
	*
	* @api public
	*/
	exports.log = console.debug || console.log || (() => {});
	/**
	* Save `namespaces`.
	*
	* @param {String} namespaces
	* @api private
	*/
	function save(namespaces) {
		try {
			if (namespaces) exports.storage.setItem("debug", namespaces);
			else exports.storage.removeItem("debug");
		} catch (error) {}
	}
	/**
	* Load `namespaces`.
	*
	* @return {String} returns the previously persisted debug modes
	* @api private
	*/
	function load() {
		let r;
		try {
			r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
		} catch (error) {}
		if (!r && typeof process !== "undefined" && "env" in process) r = process.env.DEBUG;
		return r;
	}
	/**
	* Localstorage attempts to return the localstorage.
	*
	* This is necessary because safari throws
	* when a user disables cookies/localstorage
	* and you attempt to access it.
	*
	* @return {LocalStorage}
	* @api private
	*/
	function localstorage() {
		try {
			return localStorage;
		} catch (error) {}
	}
	module.exports = require_common()(exports);
	const { formatters } = module.exports;
	/**
	* Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
	*/
	formatters.j = function(v) {
		try {
			return JSON.stringify(v);
		} catch (error) {
			return "[UnexpectedJSONParseError]: " + error.message;
		}
	};
}));
// node_modules/has-flag/index.js
var require_has_flag = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = (flag, argv = process.argv) => {
		const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
		const position = argv.indexOf(prefix + flag);
		const terminatorPosition = argv.indexOf("--");
		return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
	};
}));
// node_modules/supports-color/index.js
var require_supports_color = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const os = __require("os");
	const tty = __require("tty");
	const hasFlag = require_has_flag();
	const { env } = process;
	let forceColor;
	if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) forceColor = 0;
	else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) forceColor = 1;
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") forceColor = 1;
		else if (env.FORCE_COLOR === "false") forceColor = 0;
		else forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
	function translateLevel(level) {
		if (level === 0) return false;
		return {
			level,
			hasBasic: true,
			has256: level >= 2,
			has16m: level >= 3
		};
	}
	function supportsColor(haveStream, streamIsTTY) {
		if (forceColor === 0) return 0;
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
		if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
		const min = forceColor || 0;
		if (env.TERM === "dumb") return min;
		if (process.platform === "win32") {
			const osRelease = os.release().split(".");
			if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
			return 1;
		}
		if ("CI" in env) {
			if ([
				"TRAVIS",
				"CIRCLECI",
				"APPVEYOR",
				"GITLAB_CI",
				"GITHUB_ACTIONS",
				"BUILDKITE"
			].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
			return min;
		}
		if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
		if (env.COLORTERM === "truecolor") return 3;
		if ("TERM_PROGRAM" in env) {
			const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
			switch (env.TERM_PROGRAM) {
				case "iTerm.app": return version >= 3 ? 3 : 2;
				case "Apple_Terminal": return 2;
			}
		}
		if (/-256(color)?$/i.test(env.TERM)) return 2;
		if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
		if ("COLORTERM" in env) return 1;
		return min;
	}
	function getSupportLevel(stream) {
		return translateLevel(supportsColor(stream, stream && stream.isTTY));
	}
	module.exports = {
		supportsColor: getSupportLevel,
		stdout: translateLevel(supportsColor(true, tty.isatty(1))),
		stderr: translateLevel(supportsColor(true, tty.isatty(2)))
	};
}));
// node_modules/debug/src/node.js
var require_node = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Module dependencies.
	*/
	const tty = __require("tty");
	const util = __require("util");
	/**
	* This is the Node.js implementation of `debug()`.
	*/
	exports.init = init;
	exports.log = log;
	exports.formatArgs = formatArgs;
	exports.save = save;
	exports.load = load;
	exports.useColors = useColors;
	exports.destroy = util.deprecate(() => {}, "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
	/**
	* Colors.
	*/
	exports.colors = [
		6,
		2,
		3,
		4,
		5,
		1
	];
	try {
		const supportsColor = require_supports_color();
		if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	} catch (error) {}
	/**
	* Build up the default `inspectOpts` object from the environment variables.
	*
	*   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
	*/
	exports.inspectOpts = Object.keys(process.env).filter((key) => {
		return /^debug_/i.test(key);
	}).reduce((obj, key) => {
		const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});
		let val = process.env[key];
		if (/^(yes|on|true|enabled)$/i.test(val)) val = true;
		else if (/^(no|off|false|disabled)$/i.test(val)) val = false;
		else if (val === "null") val = null;
		else val = Number(val);
		obj[prop] = val;
		return obj;
	}, {});
	/**
	* Is stdout a TTY? Colored output is enabled when `true`.
	*/
	function useColors() {
		return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
	}
	/**
	* Adds ANSI color escape codes if enabled.
	*
	* @api public
	*/
	function formatArgs(args) {
		const { namespace: name, useColors } = this;
		if (useColors) {
			const c = this.color;
			const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
			const prefix = `  ${colorCode};1m${name} \u001B[0m`;
			args[0] = prefix + args[0].split("\n").join("\n" + prefix);
			args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
		} else args[0] = getDate() + name + " " + args[0];
	}
	function getDate() {
		if (exports.inspectOpts.hideDate) return "";
		return (/* @__PURE__ */ new Date()).toISOString() + " ";
	}
	/**
	* Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
	*/
	function log(...args) {
		return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
	}
	/**
	* Save `namespaces`.
	*
	* @param {String} namespaces
	* @api private
	*/
	function save(namespaces) {
		if (namespaces) process.env.DEBUG = namespaces;
		else delete process.env.DEBUG;
	}
	/**
	* Load `namespaces`.
	*
	* @return {String} returns the previously persisted debug modes
	* @api private
	*/
	function load() {
		return process.env.DEBUG;
	}
	/**
	* Init logic for `debug` instances.
	*
	* Create a new `inspectOpts` object in case `useColors` is set
	* differently for a particular `debug` instance.
	*/
	function init(debug) {
		debug.inspectOpts = {};
		const keys = Object.keys(exports.inspectOpts);
		for (let i = 0; i < keys.length; i++) debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
	module.exports = require_common()(exports);
	const { formatters } = module.exports;
	/**
	* Map %o to `util.inspect()`, all on a single line.
	*/
	formatters.o = function(v) {
		this.inspectOpts.colors = this.useColors;
		return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
	};
	/**
	* Map %O to `util.inspect()`, allowing multiple lines if needed.
	*/
	formatters.O = function(v) {
		this.inspectOpts.colors = this.useColors;
		return util.inspect(v, this.inspectOpts);
	};
}));
// node_modules/debug/src/index.js
var require_src = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Detect Electron renderer / nwjs process, which is node, but we should
	* treat as a browser.
	*/
	if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) module.exports = require_browser();
	else module.exports = require_node();
}));
// node_modules/json-schema-resolver/ref-resolver.js
var require_ref_resolver = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const URI = require_fast_uri();
	const cloner = require_rfdc()({
		proto: true,
		circles: false
	});
	const { EventEmitter } = __require("events");
	const debug = require_src()("json-schema-resolver");
	const kIgnore = Symbol("json-schema-resolver.ignore");
	const kRefToDef = Symbol("json-schema-resolver.refToDef");
	const kConsumed = Symbol("json-schema-resolver.consumed");
	const defaultOpts = {
		target: "draft-07",
		clone: false,
		buildLocalReference(json, baseUri, fragment, i) {
			return `def-${i}`;
		}
	};
	const targetSupported = ["draft-07"];
	const targetCfg = {
		"draft-07": { def: "definitions" },
		"draft-08": { def: "$defs" }
	};
	function jsonSchemaResolver(options) {
		const ee = new EventEmitter();
		const { clone, target, applicationUri, externalSchemas: rootExternalSchemas, buildLocalReference } = Object.assign({}, defaultOpts, options);
		const allIds = /* @__PURE__ */ new Map();
		let rolling = 0;
		ee.on("$id", collectIds);
		const allRefs = [];
		ee.on("$ref", collectRefs);
		if (!targetSupported.includes(target)) throw new Error(`Unsupported JSON schema version ${target}`);
		let defaultUri;
		if (applicationUri) {
			defaultUri = getRootUri(applicationUri);
			if (rootExternalSchemas) {
				for (const es of rootExternalSchemas) mapIds(ee, defaultUri, es);
				debug("Processed root external schemas");
			}
		} else if (rootExternalSchemas) throw new Error("If you set root externalSchema, the applicationUri option is needed");
		return {
			resolve,
			definitions() {
				const defKey = targetCfg[target].def;
				const x = { [defKey]: {} };
				allIds.forEach((json, baseUri) => {
					x[defKey][json[kRefToDef]] = json;
				});
				return x;
			}
		};
		function resolve(rootSchema, opts) {
			const { externalSchemas } = opts || {};
			if (!rootExternalSchemas) allIds.clear();
			allRefs.length = 0;
			if (clone) rootSchema = cloner(rootSchema);
			const appUri = defaultUri || getRootUri(rootSchema.$id);
			debug("Found app URI %o", appUri);
			if (externalSchemas) {
				for (const es of externalSchemas) mapIds(ee, appUri, es);
				debug("Processed external schemas");
			}
			const baseUri = URI.serialize(appUri);
			if (rootSchema.$id) rootSchema.$id = baseUri;
			Object.defineProperty(rootSchema, kIgnore, {
				value: true,
				enumerable: false
			});
			mapIds(ee, appUri, rootSchema);
			debug("Processed root schema");
			debug("Generating %d refs", allRefs.length);
			allRefs.forEach(({ baseUri, ref, refUri, json }) => {
				debug("Evaluating $ref %s", ref);
				if (ref[0] === "#") return;
				const evaluatedJson = allIds.get(baseUri);
				if (!evaluatedJson) {
					debug("External $ref %s not provided with baseUri %s", ref, baseUri);
					return;
				}
				Object.defineProperty(evaluatedJson, kConsumed, {
					value: true,
					enumerable: false
				});
				json.$ref = `#/definitions/${evaluatedJson[kRefToDef]}${refUri.fragment || ""}`;
			});
			if (externalSchemas) {
				const defKey = targetCfg[target].def;
				allIds.forEach((json, baseUri) => {
					if (json[kConsumed] === true) {
						if (!rootSchema[defKey]) rootSchema[defKey] = {};
						rootSchema[defKey][json[kRefToDef]] = json;
					}
				});
			}
			return rootSchema;
		}
		function collectIds(json, baseUri, fragment) {
			if (json[kIgnore]) return;
			const rel = fragment && URI.serialize(fragment) || "";
			const id = URI.serialize(baseUri) + rel;
			if (!allIds.has(id)) {
				debug("Collected $id %s", id);
				const value = buildLocalReference(json, baseUri, fragment, rolling++);
				Object.defineProperty(json, kRefToDef, {
					value,
					enumerable: false
				});
				allIds.set(id, json);
			} else debug("WARN duplicated id %s .. IGNORED - ", id);
		}
		function collectRefs(json, baseUri, refVal) {
			const refUri = URI.parse(refVal);
			debug("Pre enqueue $ref %o", refUri);
			if (refUri.reference === "relative") {
				refUri.scheme = baseUri.scheme;
				refUri.userinfo = baseUri.userinfo;
				refUri.host = baseUri.host;
				refUri.port = baseUri.port;
				const newBaseUri = Object.assign({}, baseUri);
				newBaseUri.path = refUri.path;
				baseUri = newBaseUri;
			} else if (refUri.reference === "uri" || refUri.reference === "absolute") baseUri = {
				...refUri,
				fragment: void 0
			};
			const ref = URI.serialize(refUri);
			allRefs.push({
				baseUri: URI.serialize(baseUri),
				refUri,
				ref,
				json
			});
			debug("Enqueue $ref %s", ref);
		}
	}
	/**
	*
	* @param {URI} baseUri
	* @param {*} json
	*/
	function mapIds(ee, baseUri, json) {
		if (!(json instanceof Object)) return;
		if (json.$id) {
			const $idUri = URI.parse(json.$id);
			let fragment = null;
			if ($idUri.reference === "absolute") baseUri = $idUri;
			else if ($idUri.reference === "relative") {
				const newBaseUri = Object.assign({}, baseUri);
				newBaseUri.path = $idUri.path;
				newBaseUri.fragment = $idUri.fragment;
				baseUri = newBaseUri;
			} else fragment = $idUri;
			ee.emit("$id", json, baseUri, fragment);
		}
		const fields = Object.keys(json);
		for (const prop of fields) {
			if (prop === "$ref") ee.emit("$ref", json, baseUri, json[prop]);
			mapIds(ee, baseUri, json[prop]);
		}
	}
	function getRootUri(strUri = "application.uri") {
		const uri = URI.parse(strUri);
		uri.fragment = void 0;
		return uri;
	}
	module.exports = jsonSchemaResolver;
}));
// node_modules/@fastify/swagger/lib/util/definitions.js
var require_definitions = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
		"properties",
		"patternProperties",
		"definitions",
		"$defs",
		"dependencies"
	]);
	const DEFINITIONS_KEYWORDS = ["definitions", "$defs"];
	const SCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
		"items",
		"additionalItems",
		"additionalProperties",
		"contains",
		"propertyNames",
		"not",
		"if",
		"then",
		"else",
		"allOf",
		"anyOf",
		"oneOf"
	]);
	function isObject(value) {
		return typeof value === "object" && value !== null;
	}
	function escapeToken(token) {
		return token.replace(/~/g, "~0").replace(/\//g, "~1");
	}
	/**
	* Visits a schema and all its subschemas. Differently from a plain deep walk,
	* it does not mistake data (`enum`, `default`, `examples`...) or property
	* names (a property called `definitions`) for JSON Schema keywords.
	*
	* The `pointer` passed to `visit` is the same array reused for the whole walk
	* (tokens are pushed and popped): the visitor must copy it to retain it.
	*/
	function walkSchema(schema, visit, pointer = [], baseId, baseDepth = 0) {
		if (!isObject(schema)) return;
		if (Array.isArray(schema)) {
			for (let i = 0; i < schema.length; i++) {
				pointer.push(`${i}`);
				walkSchema(schema[i], visit, pointer, baseId, baseDepth);
				pointer.pop();
			}
			return;
		}
		if (typeof schema.$id === "string" && schema.$id[0] !== "#") {
			baseId = schema.$id.split("#", 1)[0];
			baseDepth = pointer.length;
		}
		visit(schema, pointer, baseId, baseDepth);
		const keys = Object.keys(schema);
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i];
			const value = schema[key];
			if (SCHEMA_KEYWORDS.has(key)) {
				pointer.push(key);
				walkSchema(value, visit, pointer, baseId, baseDepth);
				pointer.pop();
			} else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
				const names = Object.keys(value);
				pointer.push(key);
				for (let j = 0; j < names.length; j++) {
					pointer.push(names[j]);
					walkSchema(value[names[j]], visit, pointer, baseId, baseDepth);
					pointer.pop();
				}
				pointer.pop();
			}
		}
	}
	/**
	* Prepares the (cloned) shared schemas for the ref resolver in a single walk:
	*
	* 1. In JSON Schema a local reference (`#/definitions/foo`) is relative to
	*    the closest schema resource. When a shared schema lands into the
	*    Swagger/OpenAPI document, `#` becomes the root of the whole document
	*    instead, so the reference would point to nowhere. Turning it into
	*    `<$id>#/definitions/foo` lets the ref resolver handle it as any other
	*    reference to a shared schema.
	*
	* 2. A fragment-only `$id` (`{ $id: '#address' }`) is a draft-07 anchor: the
	*    subschema can be referenced as `<base>#address`. The ref resolver does
	*    not support it: it appends the fragment to the definition name as it is,
	*    producing `#/definitions/def-0address`. Since an anchor is nothing more
	*    than an alias of a JSON pointer, the returned map
	*    `<base>#anchor -> <base>#/json/pointer` allows to convert those
	*    references to the form the ref resolver (and then the hoisting)
	*    understands. The anchors are removed from the schemas: once the
	*    references are converted nothing points to them anymore, the ref
	*    resolver would list each of them as a duplicated definition and Swagger
	*    does not accept `$id` at all.
	*
	* 3. The references to an anchor found in the shared schemas themselves are
	*    converted to their JSON pointer.
	*
	* @param {object[]} schemas - Cloned shared schemas; mutated in place.
	* @returns {Map<string, string>} The anchors map.
	*/
	function prepareSharedSchemas(schemas) {
		const anchors = /* @__PURE__ */ new Map();
		const refs = [];
		for (let i = 0; i < schemas.length; i++) walkSchema(schemas[i], (subschema, pointer, baseId, baseDepth) => {
			if (baseId === void 0) return;
			const { $id, $ref } = subschema;
			if (typeof $ref === "string") {
				if ($ref[0] === "#") subschema.$ref = baseId + $ref;
				refs.push(subschema);
			}
			if (typeof $id !== "string" || $id[0] !== "#") return;
			delete subschema.$id;
			const anchor = baseId + $id;
			if ($id.length === 1 || anchors.has(anchor)) return;
			let jsonPointer = "";
			for (let j = baseDepth; j < pointer.length; j++) jsonPointer += `/${escapeToken(pointer[j])}`;
			anchors.set(anchor, `${baseId}#${jsonPointer}`);
		});
		for (let i = 0; i < refs.length; i++) {
			const target = anchors.get(refs[i].$ref);
			if (target !== void 0) refs[i].$ref = target;
		}
		return anchors;
	}
	/**
	* Converts the references to an anchor into references to its JSON pointer.
	* The input is not always a schema (eg: the map of the responses), so this is
	* a plain deep walk: only the `$ref`s equal to a known anchor are touched.
	*/
	function rewriteAnchorRefs(node, anchors) {
		if (!isObject(node)) return node;
		if (Array.isArray(node)) {
			for (const item of node) rewriteAnchorRefs(item, anchors);
			return node;
		}
		if (typeof node.$ref === "string" && anchors.has(node.$ref)) node.$ref = anchors.get(node.$ref);
		for (const key of Object.keys(node)) rewriteAnchorRefs(node[key], anchors);
		return node;
	}
	/**
	* Returns the schemas the ref resolver does not know yet (i.e. the user ones,
	* not the shared schemas), since passing shared schemas as external ones
	* resolves them against the wrong base URI.
	* @param {Record<string, object>} schemas
	* @param {object} ref - Ref resolver instance.
	* @returns {Record<string, object>}
	*/
	function unknownSchemas(schemas, ref) {
		const known = ref.definitions().definitions;
		const unknown = {};
		for (const name of Object.keys(schemas)) if (schemas[name] !== known[name]) unknown[name] = schemas[name];
		return unknown;
	}
	/**
	* Moves nested `definitions`/`$defs` (not allowed by Swagger/OpenAPI) out of
	* a resolved and cloned schema, so they can become top-level definitions.
	* @param {string} schemaName
	* @param {object} schema - Resolved and cloned schema; mutated in place.
	* @param {Record<string, object>} sharedSchemas
	* @param {Map<string, string>} hoisted - Tracks `old pointer -> new name`; mutated.
	* @returns {Array<[string, object]>} Hoisted `[name, schema]` pairs.
	*/
	function hoistDefinitions(schemaName, schema, sharedSchemas, hoisted) {
		const result = [];
		const owners = [];
		const taken = new Set(hoisted.values());
		if (isObject(schema.definitions)) {
			for (const key of Object.keys(schema.definitions)) if (schema.definitions[key] === sharedSchemas[key]) delete schema.definitions[key];
		}
		walkSchema(schema, (subschema, pointer) => {
			let prefix;
			for (let i = 0; i < DEFINITIONS_KEYWORDS.length; i++) {
				const keyword = DEFINITIONS_KEYWORDS[i];
				if (!isObject(subschema[keyword])) continue;
				owners.push([subschema, keyword]);
				if (prefix === void 0) {
					prefix = schemaName;
					for (let j = 0; j < pointer.length; j++) prefix += `/${escapeToken(pointer[j])}`;
				}
				const keys = Object.keys(subschema[keyword]);
				for (let j = 0; j < keys.length; j++) {
					const key = keys[j];
					const from = `${prefix}/${keyword}/${escapeToken(key)}`;
					let name = `${schemaName}-${key}`;
					for (let i = 1; Object.hasOwn(sharedSchemas, name) || taken.has(name); i++) name = `${schemaName}-${key}-${i}`;
					taken.add(name);
					hoisted.set(from, name);
					result.push([name, subschema[keyword][key]]);
				}
			}
		});
		for (const [owner, keyword] of owners) delete owner[keyword];
		return result;
	}
	/**
	* Rewrites all the references to a hoisted definition.
	* `prefix` is `#/definitions/` for Swagger and `#/components/schemas/` for OpenAPI.
	*/
	function rewriteHoistedRefs(node, prefix, hoisted) {
		if (hoisted.size === 0 || !isObject(node)) return;
		if (Array.isArray(node)) {
			for (const item of node) rewriteHoistedRefs(item, prefix, hoisted);
			return;
		}
		if (typeof node.$ref === "string" && node.$ref.startsWith(prefix)) {
			const pointer = node.$ref.slice(prefix.length);
			for (let end = pointer.length; end > 0; end = pointer.lastIndexOf("/", end - 1)) {
				const name = hoisted.get(pointer.slice(0, end));
				if (name !== void 0) {
					node.$ref = prefix + name + pointer.slice(end);
					break;
				}
			}
		}
		for (const key of Object.keys(node)) rewriteHoistedRefs(node[key], prefix, hoisted);
	}
	/**
	* The ref resolver collects the subschemas having an `$id` (eg. the ones
	* produced by TypeBox `Type.Recursive()`) as definitions, and rewrites the
	* references to them as `#/definitions/def-N`, but it leaves them inline.
	* Replaces each of them with a reference, so that the schema is emitted once,
	* as a top-level definition.
	* @param {object} schema - Resolved and cloned schema; mutated in place.
	* @param {object} ref - Ref resolver instance.
	* @param {Set<string>} [ignore] - Names of the definitions to leave as they are.
	* @returns {Record<string, object>} The `name -> schema` inline definitions found.
	*/
	function referenceInlineDefinitions(schema, ref, ignore = /* @__PURE__ */ new Set()) {
		const names = /* @__PURE__ */ new Map();
		const definitions = ref.definitions().definitions;
		for (const name of Object.keys(definitions)) {
			const { $id } = definitions[name];
			if (typeof $id === "string" && !ignore.has(name)) names.set($id, name);
		}
		const found = {};
		const replacements = [];
		walkSchema(schema, (subschema, pointer) => {
			if (pointer.length === 0) return;
			if (pointer.length === 2 && DEFINITIONS_KEYWORDS.includes(pointer[0])) return;
			if (typeof subschema.$id !== "string" || subschema.$id[0] === "#") return;
			const name = names.get(subschema.$id);
			if (name === void 0) return;
			found[name] = definitions[name];
			replacements.push([pointer.slice(), name]);
		});
		const replaced = [];
		for (const [pointer, name] of replacements) {
			if (replaced.some((prefix) => prefix.every((token, i) => pointer[i] === token))) continue;
			replaced.push(pointer);
			let parent = schema;
			for (let i = 0; i < pointer.length - 1; i++) parent = parent[pointer[i]];
			parent[pointer[pointer.length - 1]] = { $ref: `#/definitions/${name}` };
		}
		return found;
	}
	module.exports = {
		prepareSharedSchemas,
		referenceInlineDefinitions,
		rewriteAnchorRefs,
		hoistDefinitions,
		unknownSchemas,
		rewriteHoistedRefs
	};
}));
// node_modules/@fastify/swagger/lib/util/add-hook.js
var require_add_hook = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Ref = require_ref_resolver();
	const cloner = require_rfdc()({
		proto: true,
		circles: false
	});
	const { prepareSharedSchemas, referenceInlineDefinitions, rewriteAnchorRefs } = require_definitions();
	function addHook(fastify, pluginOptions) {
		const routes = [];
		const instances = [];
		const sharedSchemasMap = /* @__PURE__ */ new Map();
		let hookRun = false;
		fastify.addHook("onRoute", (routeOptions) => {
			const swaggerConfig = (routeOptions.config || {}).swagger || {};
			if (routeOptions.method === "HEAD" && pluginOptions.exposeHeadRoutes !== true && swaggerConfig.exposeHeadRoute !== true) return;
			if (routeOptions.method === "HEAD" && routeOptions.schema !== void 0 && routeOptions.schema.operationId !== void 0) {
				routes.push(Object.assign({}, routeOptions, { schema: Object.assign({}, routeOptions.schema, { operationId: `${routeOptions.schema.operationId}-head` }) }));
				return;
			}
			routes.push(routeOptions);
		});
		fastify.addHook("onRegister", async (instance) => {
			instances.push(instance);
		});
		fastify.addHook("onReady", (done) => {
			hookRun = true;
			for (const instance of instances) {
				const allSchemas = instance.getSchemas();
				for (const schemaId of Object.keys(allSchemas)) sharedSchemasMap.set(schemaId, allSchemas[schemaId]);
			}
			const allSchemas = fastify.getSchemas();
			for (const schemaId of Object.keys(allSchemas)) sharedSchemasMap.set(schemaId, allSchemas[schemaId]);
			instances.length = 0;
			done();
		});
		return {
			routes,
			Ref() {
				if (hookRun === false) throw new Error(".swagger() must be called after .ready()");
				const externalSchemas = cloner(Array.from(sharedSchemasMap.values()));
				const anchors = prepareSharedSchemas(externalSchemas);
				const ref = Ref(Object.assign({ applicationUri: "todo.com" }, pluginOptions.refResolver, {
					clone: true,
					externalSchemas
				}));
				const resolve = anchors.size === 0 ? ref.resolve : (schema, opts) => ref.resolve(rewriteAnchorRefs(cloner(schema), anchors), opts);
				const sharedNames = new Set(Object.keys(ref.definitions().definitions));
				const inlineDefinitions = {};
				return {
					definitions: ref.definitions,
					resolve(schema, opts) {
						const resolved = resolve(schema, opts);
						const queue = [resolved];
						while (queue.length > 0) {
							const found = referenceInlineDefinitions(queue.shift(), ref, sharedNames);
							for (const name of Object.keys(found)) {
								if (Object.hasOwn(inlineDefinitions, name)) continue;
								inlineDefinitions[name] = found[name];
								queue.push(found[name]);
							}
						}
						return resolved;
					},
					inlineDefinitions
				};
			}
		};
	}
	module.exports = { addHook };
}));
// node_modules/@fastify/swagger/lib/util/should-route-hide.js
var require_should_route_hide = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function shouldRouteHide(schema, opts) {
		const { hiddenTag, hideUntagged } = opts;
		if (schema?.hide) return true;
		const tags = schema?.tags || [];
		if (tags.length === 0 && hideUntagged) return true;
		if (tags.includes(hiddenTag)) return true;
		return false;
	}
	module.exports = { shouldRouteHide };
}));
// node_modules/@fastify/swagger/lib/util/read-package-json.js
var require_read_package_json = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const fs = __require("node:fs");
	const path = __require("node:path");
	function readPackageJson() {
		try {
			return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json")));
		} catch {
			return {};
		}
	}
	module.exports = { readPackageJson };
}));
// node_modules/@fastify/swagger/lib/symbols.js
var require_symbols = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = { rawRequired: Symbol("@fastify/swagger.rawRequired") };
}));
// node_modules/@fastify/swagger/lib/constants.js
var require_constants$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		xConsume: "x-consume",
		xResponseDescription: "x-response-description",
		xExamples: "x-examples"
	};
}));
// node_modules/@fastify/swagger/lib/util/resolve-local-ref.js
var require_resolve_local_ref = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { rawRequired } = require_symbols();
	const { xConsume } = require_constants$1();
	function resolveLocalRef(jsonSchema, externalSchemas) {
		if (jsonSchema.properties !== void 0) return Object.keys(jsonSchema.properties).reduce((acc, headers) => {
			const rewriteProps = {};
			rewriteProps.required = Array.isArray(jsonSchema.required) && jsonSchema.required.indexOf(headers) >= 0 || false;
			if (jsonSchema.properties[headers][xConsume]) rewriteProps[rawRequired] = jsonSchema.properties[headers].required;
			const newProps = Object.assign({}, jsonSchema.properties[headers], rewriteProps);
			return Object.assign({}, acc, { [headers]: newProps });
		}, {});
		if (jsonSchema.oneOf || jsonSchema.anyOf || jsonSchema.allOf) return (jsonSchema.oneOf || jsonSchema.anyOf || jsonSchema.allOf).reduce((acc, schema) => Object.assign(acc, resolveLocalRef(schema, externalSchemas)), {});
		if (jsonSchema.$ref) {
			const localRef = jsonSchema.$ref.split("/", 3)[2];
			if (externalSchemas[localRef]) return resolveLocalRef(externalSchemas[localRef], externalSchemas);
			return resolveLocalRef(externalSchemas[jsonSchema.$ref.split("/", 4)[3]], externalSchemas);
		}
		return jsonSchema;
	}
	module.exports = { resolveLocalRef };
}));
// node_modules/@fastify/swagger/lib/util/resolve-schema-reference.js
var require_resolve_schema_reference = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function resolveSchemaReference(rawSchema, ref) {
		const schemaId = ref.resolve(rawSchema)?.$ref?.split("/", 3)[2];
		if (schemaId === void 0) return;
		return ref.definitions().definitions[schemaId];
	}
	module.exports = { resolveSchemaReference };
}));
// node_modules/@fastify/swagger/lib/util/match-params.js
var require_match_params = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const paramPattern = /\{[^{}]+\}/gu;
	function hasParams(url) {
		if (!url) return false;
		return paramPattern.test(url);
	}
	function matchParams(url) {
		if (!url) return [];
		return url.match(paramPattern) || [];
	}
	module.exports = {
		hasParams,
		matchParams
	};
}));
// node_modules/@fastify/swagger/lib/util/generate-params-schema.js
var require_generate_params_schema = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { matchParams } = require_match_params();
	const namePattern = /\{([^{}]+)\}/u;
	function paramName(param) {
		return param.replace(namePattern, (_, captured) => captured);
	}
	function generateParamsSchema(url) {
		const params = matchParams(url);
		const schema = { params: {
			type: "object",
			properties: {}
		} };
		schema.params.properties = params.reduce((acc, param) => {
			const name = paramName(param);
			acc[name] = { type: "string" };
			return acc;
		}, {});
		return schema;
	}
	module.exports = {
		generateParamsSchema,
		paramName
	};
}));
// node_modules/@fastify/swagger/lib/spec/constants.js
var require_constants = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = { CUSTOM_HEADER: "x-" };
}));
// node_modules/@fastify/swagger/lib/spec/swagger/utils.js
var require_utils$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { readPackageJson } = require_read_package_json();
	const { formatParamUrl } = require_format_param_url();
	const { resolveLocalRef } = require_resolve_local_ref();
	const { hoistDefinitions, unknownSchemas } = require_definitions();
	const { resolveSchemaReference } = require_resolve_schema_reference();
	const { xResponseDescription, xConsume } = require_constants$1();
	const { generateParamsSchema } = require_generate_params_schema();
	const { hasParams } = require_match_params();
	const { CUSTOM_HEADER } = require_constants();
	function prepareDefaultOptions(opts) {
		const swagger = opts.swagger;
		const info = swagger.info || null;
		const host = swagger.host || null;
		const schemes = swagger.schemes || null;
		const consumes = swagger.consumes || null;
		const produces = swagger.produces || null;
		const definitions = swagger.definitions || null;
		const paths = swagger.paths || null;
		const basePath = swagger.basePath || null;
		const securityDefinitions = swagger.securityDefinitions || null;
		const security = swagger.security || null;
		const tags = swagger.tags || null;
		const externalDocs = swagger.externalDocs || null;
		const stripBasePath = opts.stripBasePath;
		const transform = opts.transform;
		const transformObject = opts.transformObject;
		const hiddenTag = opts.hiddenTag;
		const hideUntagged = opts.hideUntagged;
		const extensions = [];
		for (const [key, value] of Object.entries(opts.swagger)) if (key.startsWith(CUSTOM_HEADER)) extensions.push([key, value]);
		return {
			info,
			host,
			schemes,
			consumes,
			produces,
			definitions,
			paths,
			basePath,
			securityDefinitions,
			security,
			tags,
			externalDocs,
			stripBasePath,
			transform,
			transformObject,
			hiddenTag,
			extensions,
			hideUntagged
		};
	}
	function prepareSwaggerObject(opts) {
		const pkg = readPackageJson();
		const swaggerObject = {
			swagger: "2.0",
			info: {
				version: pkg.version || "1.0.0",
				title: pkg.name || ""
			},
			definitions: {},
			paths: {}
		};
		if (opts.info) swaggerObject.info = opts.info;
		if (opts.host) swaggerObject.host = opts.host;
		if (opts.schemes) swaggerObject.schemes = opts.schemes;
		if (opts.basePath) swaggerObject.basePath = opts.basePath;
		if (opts.consumes) swaggerObject.consumes = opts.consumes;
		if (opts.produces) swaggerObject.produces = opts.produces;
		if (opts.definitions) swaggerObject.definitions = opts.definitions;
		if (opts.paths) swaggerObject.paths = opts.paths;
		if (opts.securityDefinitions) swaggerObject.securityDefinitions = opts.securityDefinitions;
		if (opts.security) swaggerObject.security = opts.security;
		if (opts.tags) swaggerObject.tags = opts.tags;
		if (opts.externalDocs) swaggerObject.externalDocs = opts.externalDocs;
		for (const [key, value] of opts.extensions) swaggerObject[key] = value;
		return swaggerObject;
	}
	function normalizeUrl(url, basePath, stripBasePath) {
		let path;
		if (stripBasePath && url.startsWith(basePath)) path = url.replace(basePath, "");
		else path = url;
		if (path[0] !== "/") path = "/" + String(path);
		return formatParamUrl(path);
	}
	function plainJsonObjectToSwagger2(container, jsonSchema, externalSchemas, securityIgnores = []) {
		const obj = resolveLocalRef(jsonSchema, externalSchemas);
		let toSwaggerProp;
		switch (container) {
			case "header":
			case "query":
				toSwaggerProp = function(propertyName, jsonSchemaElement) {
					if (jsonSchemaElement[xConsume]) throw new Error("Complex serialization is not supported by Swagger. Remove \"" + xConsume + "\" for \"" + propertyName + "\" querystring/header schema or change specification to OpenAPI");
					jsonSchemaElement.in = container;
					jsonSchemaElement.name = propertyName;
					return jsonSchemaElement;
				};
				break;
			case "formData":
				toSwaggerProp = function(propertyName, jsonSchemaElement) {
					delete jsonSchemaElement.$id;
					jsonSchemaElement.in = container;
					jsonSchemaElement.name = propertyName;
					if (jsonSchemaElement.contentEncoding === "binary") {
						delete jsonSchemaElement.contentEncoding;
						jsonSchemaElement.type = "file";
					}
					return jsonSchemaElement;
				};
				break;
			case "path": toSwaggerProp = function(propertyName, jsonSchemaElement) {
				jsonSchemaElement.in = container;
				jsonSchemaElement.name = propertyName;
				jsonSchemaElement.required = true;
				return jsonSchemaElement;
			};
		}
		return Object.keys(obj).filter((propKey) => !securityIgnores.includes(propKey)).map((propKey) => {
			return toSwaggerProp(propKey, obj[propKey]);
		});
	}
	function replaceUnsupported(jsonSchema) {
		if (typeof jsonSchema === "object" && jsonSchema !== null) {
			if (jsonSchema.patternProperties) {
				jsonSchema.additionalProperties = { type: "string" };
				delete jsonSchema.patternProperties;
			} else if (jsonSchema.const !== void 0) {
				jsonSchema.enum = [jsonSchema.const];
				delete jsonSchema.const;
			}
			Object.keys(jsonSchema).forEach(function(key) {
				jsonSchema[key] = replaceUnsupported(jsonSchema[key]);
			});
		}
		return jsonSchema;
	}
	function isConsumesFormOnly(schema) {
		const consumes = schema.consumes;
		return consumes && consumes.length === 1 && (consumes[0] === "application/x-www-form-urlencoded" || consumes[0] === "multipart/form-data");
	}
	function resolveBodyParams(parameters, schema, ref) {
		const resolved = ref.resolve(schema);
		replaceUnsupported(resolved);
		parameters.push({
			name: "body",
			in: "body",
			description: resolved?.description,
			schema: resolved
		});
	}
	function resolveCommonParams(container, parameters, schema, ref, sharedSchemas, securityIgnores) {
		plainJsonObjectToSwagger2(container, ref.resolve(schema), sharedSchemas, securityIgnores).forEach((swaggerSchema) => parameters.push(swaggerSchema));
	}
	function findReferenceDescription(rawSchema, ref) {
		return resolveSchemaReference(rawSchema, ref)?.description;
	}
	function resolveResponse(fastifyResponseJson, ref) {
		if (!fastifyResponseJson) return { 200: { description: "Default Response" } };
		const responsesContainer = {};
		const statusCodes = Object.keys(fastifyResponseJson);
		statusCodes.forEach((statusCode) => {
			const rawJsonSchema = fastifyResponseJson[statusCode];
			const resolved = ref.resolve(rawJsonSchema);
			delete resolved.$schema;
			const deXXStatusCode = statusCode.toUpperCase().replace("XX", "00");
			if (statusCode.toUpperCase().includes("XX") && statusCodes.includes(deXXStatusCode)) return;
			if (statusCode !== "default") statusCode = deXXStatusCode;
			const response = { description: rawJsonSchema[xResponseDescription] || rawJsonSchema.description || findReferenceDescription(rawJsonSchema, ref) || "Default Response" };
			if (rawJsonSchema.headers) {
				response.headers = rawJsonSchema.headers;
				delete resolved.headers;
			}
			if (rawJsonSchema.type !== "null") {
				const schema = { ...resolved };
				replaceUnsupported(schema);
				delete schema[xResponseDescription];
				response.schema = schema;
			}
			responsesContainer[statusCode] = response;
		});
		return responsesContainer;
	}
	function prepareSwaggerMethod(schema, ref, swaggerObject, url) {
		const swaggerMethod = {};
		const parameters = [];
		const securityIgnores = [...swaggerObject?.security || [], ...schema?.security || []].reduce((acc, securitySchemeGroup) => {
			Object.keys(securitySchemeGroup).forEach((securitySchemeLabel) => {
				const { name, in: category } = swaggerObject.securityDefinitions[securitySchemeLabel];
				if (!acc[category]) acc[category] = [];
				acc[category].push(name);
			});
			return acc;
		}, {});
		if (schema) {
			if (schema.operationId) swaggerMethod.operationId = schema.operationId;
			if (schema.summary) swaggerMethod.summary = schema.summary;
			if (schema.description) swaggerMethod.description = schema.description;
			if (schema.externalDocs) swaggerMethod.externalDocs = schema.externalDocs;
			if (schema.tags) swaggerMethod.tags = schema.tags;
			if (schema.produces) swaggerMethod.produces = schema.produces;
			if (schema.consumes) swaggerMethod.consumes = schema.consumes;
			if (schema.querystring) resolveCommonParams("query", parameters, schema.querystring, ref, swaggerObject.definitions, securityIgnores.query);
			if (schema.body) isConsumesFormOnly(schema) || isConsumesFormOnly(swaggerObject) ? resolveCommonParams("formData", parameters, schema.body, ref, swaggerObject.definitions) : resolveBodyParams(parameters, schema.body, ref);
			if (schema.params) resolveCommonParams("path", parameters, schema.params, ref, swaggerObject.definitions);
			if (schema.headers) resolveCommonParams("header", parameters, schema.headers, ref, swaggerObject.definitions, securityIgnores.header);
			if (parameters.length > 0) swaggerMethod.parameters = parameters;
			if (schema.deprecated) swaggerMethod.deprecated = schema.deprecated;
			if (schema.security) swaggerMethod.security = schema.security;
			for (const key of Object.keys(schema)) if (key.startsWith(CUSTOM_HEADER)) swaggerMethod[key] = schema[key];
		}
		if ((!schema || !schema.params) && hasParams(url)) {
			resolveCommonParams("path", parameters, generateParamsSchema(url).params, ref, swaggerObject.definitions);
			swaggerMethod.parameters = parameters;
		}
		swaggerMethod.responses = resolveResponse(schema ? schema.response : null, ref);
		return swaggerMethod;
	}
	function prepareSwaggerDefinitions(definitions, ref, hoisted = /* @__PURE__ */ new Map()) {
		const externalSchemas = [unknownSchemas(definitions, ref)];
		return Object.entries(definitions).reduce((res, [name, definition]) => {
			const _ = { ...definition };
			const resolved = ref.resolve(_, { externalSchemas });
			delete resolved.$id;
			res[name] = resolved;
			for (const [hoistedName, schema] of hoistDefinitions(name, resolved, {
				...ref.definitions().definitions,
				...definitions
			}, hoisted)) {
				delete schema.$id;
				res[hoistedName] = schema;
			}
			return res;
		}, {});
	}
	module.exports = {
		prepareDefaultOptions,
		prepareSwaggerObject,
		prepareSwaggerMethod,
		normalizeUrl,
		prepareSwaggerDefinitions
	};
}));
// node_modules/@fastify/swagger/lib/spec/swagger/index.js
var require_swagger$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const yaml = require_dist();
	const { shouldRouteHide } = require_should_route_hide();
	const { rewriteHoistedRefs } = require_definitions();
	const { prepareDefaultOptions, prepareSwaggerObject, prepareSwaggerMethod, normalizeUrl, prepareSwaggerDefinitions } = require_utils$1();
	module.exports = function(opts, cache, routes, Ref) {
		let ref;
		const defOpts = prepareDefaultOptions(opts);
		return function(opts) {
			if (opts?.yaml) {
				if (cache.string) return cache.string;
			} else if (cache.object) return cache.object;
			const swaggerObject = prepareSwaggerObject(defOpts);
			ref = Ref();
			const hoisted = /* @__PURE__ */ new Map();
			swaggerObject.definitions = prepareSwaggerDefinitions({
				...swaggerObject.definitions,
				...ref.definitions().definitions
			}, ref, hoisted);
			for (const route of routes) {
				const transformResult = route.config?.swaggerTransform !== void 0 ? route.config.swaggerTransform ? route.config.swaggerTransform({
					schema: route.schema,
					url: route.url,
					route,
					swaggerObject
				}) : {} : defOpts.transform ? defOpts.transform({
					schema: route.schema,
					url: route.url,
					route,
					swaggerObject
				}) : {};
				const schema = transformResult.schema || route.schema;
				const shouldRouteHideOpts = {
					hiddenTag: defOpts.hiddenTag,
					hideUntagged: defOpts.hideUntagged
				};
				if (shouldRouteHide(schema, shouldRouteHideOpts)) continue;
				let url = transformResult.url || route.url;
				url = normalizeUrl(url, defOpts.basePath, defOpts.stripBasePath);
				const swaggerRoute = Object.assign({}, swaggerObject.paths[url]);
				const swaggerMethod = prepareSwaggerMethod(schema, ref, swaggerObject, url);
				if (route.links) throw new Error("Swagger (Open API v2) does not support Links. Upgrade to OpenAPI v3 (see @fastify/swagger readme)");
				const methods = typeof route.method === "string" ? [route.method] : route.method;
				for (const method of methods) swaggerRoute[method.toLowerCase()] = swaggerMethod;
				swaggerObject.paths[url] = swaggerRoute;
			}
			Object.assign(swaggerObject.definitions, prepareSwaggerDefinitions(ref.inlineDefinitions, ref, hoisted));
			rewriteHoistedRefs(swaggerObject, "#/definitions/", hoisted);
			const transformObjectResult = defOpts.transformObject ? defOpts.transformObject({ swaggerObject }) : swaggerObject;
			if (opts?.yaml) {
				cache.string = yaml.stringify(transformObjectResult, { strict: false });
				return cache.string;
			}
			cache.object = transformObjectResult;
			return cache.object;
		};
	};
}));
// node_modules/@fastify/swagger/lib/spec/openapi/utils.js
var require_utils = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { readPackageJson } = require_read_package_json();
	const { formatParamUrl } = require_format_param_url();
	const { resolveLocalRef } = require_resolve_local_ref();
	const { hoistDefinitions, unknownSchemas } = require_definitions();
	const { resolveSchemaReference } = require_resolve_schema_reference();
	const { xResponseDescription, xConsume, xExamples } = require_constants$1();
	const { rawRequired } = require_symbols();
	const { generateParamsSchema } = require_generate_params_schema();
	const { hasParams } = require_match_params();
	const { CUSTOM_HEADER } = require_constants();
	function prepareDefaultOptions(opts) {
		const openapi = opts.openapi;
		const info = openapi.info || null;
		const servers = openapi.servers || null;
		const components = openapi.components || null;
		const security = openapi.security || null;
		const tags = openapi.tags || null;
		const externalDocs = openapi.externalDocs || null;
		const stripBasePath = opts.stripBasePath;
		const transform = opts.transform;
		const transformObject = opts.transformObject;
		const hiddenTag = opts.hiddenTag;
		const hideUntagged = opts.hideUntagged;
		const extensions = [];
		const convertConstToEnum = opts.convertConstToEnum;
		for (const [key, value] of Object.entries(opts.openapi)) if (key.startsWith(CUSTOM_HEADER)) extensions.push([key, value]);
		return {
			...openapi,
			info,
			servers,
			components,
			security,
			tags,
			externalDocs,
			stripBasePath,
			transform,
			transformObject,
			hiddenTag,
			extensions,
			hideUntagged,
			convertConstToEnum
		};
	}
	function prepareOpenapiObject(opts) {
		const pkg = readPackageJson();
		const openapiObject = {
			openapi: "3.0.3",
			info: {
				version: pkg.version || "1.0.0",
				title: pkg.name || ""
			},
			components: { schemas: {} },
			paths: {}
		};
		if (opts.openapi) openapiObject.openapi = opts.openapi;
		if (opts.$self) openapiObject.$self = opts.$self;
		if (opts.info) openapiObject.info = opts.info;
		if (opts.servers) openapiObject.servers = opts.servers;
		if (opts.components) openapiObject.components = Object.assign({}, opts.components, { schemas: Object.assign({}, opts.components.schemas) });
		if (opts.paths) openapiObject.paths = opts.paths;
		if (opts.webhooks) openapiObject.webhooks = opts.webhooks;
		if (opts.security) openapiObject.security = opts.security;
		if (opts.tags) openapiObject.tags = opts.tags;
		if (opts.externalDocs) openapiObject.externalDocs = opts.externalDocs;
		for (const [key, value] of opts.extensions) openapiObject[key] = value;
		return openapiObject;
	}
	function normalizeUrl(url, serverUrls, stripBasePath) {
		if (!stripBasePath) return formatParamUrl(url);
		serverUrls.forEach(function(serverUrl) {
			const basePath = serverUrl[0] === "/" ? serverUrl : new URL(serverUrl).pathname;
			if (url.startsWith(basePath) && basePath !== "/") url = url.replace(basePath, "");
		});
		return formatParamUrl(url);
	}
	function resolveServerUrls(servers) {
		const resolvedUrls = [];
		const findVariablesRegex = /\{([^{}]+)\}/gu;
		servers = Array.isArray(servers) ? servers : [];
		for (const server of servers) {
			const originalUrl = server.url;
			const variables = server.variables;
			let url = originalUrl;
			const matches = url.matchAll(findVariablesRegex);
			for (const [nameInBrackets, name] of matches) {
				const value = variables?.[name]?.default;
				if (value === void 0) throw new Error(`Server URL ${originalUrl} could not be resolved. Make sure to provide a default value for each URL variable.`);
				url = url.replace(nameInBrackets, value);
			}
			resolvedUrls.push(url);
		}
		return resolvedUrls;
	}
	function convertExamplesArrayToObject(examples) {
		return examples.reduce((examplesObject, example, index) => {
			if (typeof example === "object") examplesObject["example" + (index + 1)] = { value: example };
			else examplesObject[example] = { value: example };
			return examplesObject;
		}, {});
	}
	function plainJsonObjectToOpenapi3(opts, container, jsonSchema, externalSchemas, securityIgnores = []) {
		const localJsonSchema = resolveLocalRef(jsonSchema, externalSchemas);
		const obj = convertJsonSchemaToOpenapi3(opts, localJsonSchema);
		let toOpenapiProp;
		switch (container) {
			case "cookie":
			case "header":
			case "query":
				toOpenapiProp = function(propertyName, jsonSchemaElement, required) {
					let result = {
						in: container,
						name: propertyName,
						required
					};
					const media = schemaToMedia(jsonSchemaElement);
					if (jsonSchemaElement[xConsume]) {
						media.schema.required = jsonSchemaElement[rawRequired];
						result.content = { [jsonSchemaElement[xConsume]]: media };
						delete result.content[jsonSchemaElement[xConsume]].schema[xConsume];
					} else result = {
						...media,
						...result
					};
					if (jsonSchemaElement.description) result.description = jsonSchemaElement.description;
					if (jsonSchema.style) result.style = jsonSchema.style;
					if (jsonSchema.explode != null) result.explode = jsonSchema.explode;
					if (jsonSchema.allowReserved === true && container === "query") result.allowReserved = jsonSchema.allowReserved;
					return result;
				};
				break;
			case "path": toOpenapiProp = function(propertyName, jsonSchemaElement) {
				const result = {
					...schemaToMedia(jsonSchemaElement),
					in: container,
					name: propertyName,
					required: true
				};
				if (jsonSchemaElement.description) result.description = jsonSchemaElement.description;
				return result;
			};
		}
		return Object.keys(obj).filter((propKey) => !securityIgnores.includes(propKey)).map((propKey) => {
			const jsonSchema = toOpenapiProp(propKey, obj[propKey], localJsonSchema[propKey]?.required);
			if (jsonSchema.schema) {
				if (jsonSchema.schema.required !== void 0) delete jsonSchema.schema.required;
				if (jsonSchema.schema.description !== void 0) delete jsonSchema.schema.description;
			}
			return jsonSchema;
		});
	}
	const schemaTypeToNestedSchemas = {
		object: (schema) => {
			return [
				...Object.values(schema.properties || {}),
				...Object.values(schema.patternProperties || {}),
				...Object.values(schema.additionalProperties || {})
			];
		},
		array: (schema) => {
			return [...schema.items ? [schema.items] : [], ...schema.contains ? [schema.contains] : []];
		}
	};
	function resolveSchemaExamples(opts, schema) {
		const keepExamplesArray = !isOpenapi30(opts) && Array.isArray(schema.examples);
		const example = schema[xExamples] ?? (keepExamplesArray ? void 0 : schema.examples?.[0]);
		if (typeof example !== "undefined") schema.example = example;
		delete schema[xExamples];
		if (!keepExamplesArray) delete schema.examples;
	}
	function resolveSchemaExamplesRecursive(opts, schema) {
		resolveSchemaExamples(opts, schema);
		const nestedSchemas = (Array.isArray(schema.type) ? schema.type : [schema.type]).flatMap((t) => schemaTypeToNestedSchemas[t]?.(schema) ?? []);
		for (const nestedSchema of nestedSchemas) resolveSchemaExamplesRecursive(opts, nestedSchema);
	}
	function schemaToMedia(schema) {
		const media = { schema };
		if (schema.examples?.length === 1) {
			media.example = schema.examples[0];
			delete schema.examples;
		} else if (schema.examples?.length > 1) {
			media.examples = convertExamplesArrayToObject(schema.examples);
			delete schema.examples;
		}
		if (schema[xExamples]) {
			media.examples = schema[xExamples];
			delete schema[xExamples];
		}
		return media;
	}
	function schemaToMediaRecursive(opts, schema) {
		const media = schemaToMedia(schema);
		resolveSchemaExamplesRecursive(opts, schema);
		return media;
	}
	function resolveBodyParams(opts, body, schema, consumes, ref) {
		const resolved = convertJsonSchemaToOpenapi3(opts, ref.resolve(schema));
		if (resolved.content?.[Object.keys(resolved.content)[0]].schema) for (const contentType in schema.content) body.content[contentType] = schemaToMediaRecursive(opts, resolved.content[contentType].schema);
		else {
			if (Array.isArray(consumes) && consumes.length === 0 || consumes === void 0) consumes = ["application/json"];
			const media = schemaToMediaRecursive(opts, resolved);
			consumes.forEach((consume) => {
				body.content[consume] = media;
			});
			if (resolved?.description) body.description = resolved.description;
		}
	}
	function resolveCommonParams(opts, container, parameters, schema, ref, sharedSchemas, securityIgnores) {
		const schemasPath = "#/components/schemas/";
		let resolved = convertJsonSchemaToOpenapi3(opts, ref.resolve(schema));
		if (resolved.$ref?.startsWith(schemasPath)) resolved = resolved.$ref.split(schemasPath)[1].split("/").reduce((resolved, pathPart) => resolved[pathPart], ref.definitions().definitions);
		plainJsonObjectToOpenapi3(opts, container, resolved, {
			...sharedSchemas,
			...ref.definitions().definitions
		}, securityIgnores).forEach((swaggerSchema) => parameters.push(swaggerSchema));
	}
	function findReferenceDescription(rawSchema, ref) {
		return resolveSchemaReference(rawSchema, ref)?.description;
	}
	function resolveResponse(opts, fastifyResponseJson, produces, ref) {
		if (!fastifyResponseJson) return { 200: { description: "Default Response" } };
		const responsesContainer = {};
		Object.keys(fastifyResponseJson).forEach((statusCode) => {
			const rawJsonSchema = fastifyResponseJson[statusCode];
			const resolved = convertJsonSchemaToOpenapi3(opts, ref.resolve(rawJsonSchema));
			/**
			* 2xx require to be all upper-case
			* converts statusCode to upper case only when it is not "default"
			*/
			if (statusCode !== "default") statusCode = statusCode.toUpperCase();
			const response = { description: resolved[xResponseDescription] || rawJsonSchema.description || findReferenceDescription(rawJsonSchema, ref) || "Default Response" };
			if (rawJsonSchema.headers) {
				response.headers = {};
				Object.keys(rawJsonSchema.headers).forEach(function(key) {
					const header = { schema: { ...rawJsonSchema.headers[key] } };
					if (rawJsonSchema.headers[key].description) {
						header.description = rawJsonSchema.headers[key].description;
						delete header.schema.description;
					}
					response.headers[key] = header;
				});
				delete resolved.headers;
			}
			if (rawJsonSchema.type !== "null") {
				if (resolved.content?.[Object.keys(resolved.content)[0]].schema) response.content = resolved.content;
				else {
					const content = {};
					if (Array.isArray(produces) && produces.length === 0 || produces === void 0) produces = ["application/json"];
					delete resolved[xResponseDescription];
					const media = schemaToMediaRecursive(opts, resolved);
					for (const produce of produces) content[produce] = media;
					response.content = content;
				}
			}
			responsesContainer[statusCode] = response;
		});
		return responsesContainer;
	}
	function resolveCallbacks(opts, schema, ref) {
		const callbacksContainer = {};
		for (const eventName in schema) {
			if (!schema[eventName]) continue;
			callbacksContainer[eventName] = {};
			const eventSchema = schema[eventName];
			for (const callbackUrl in eventSchema) {
				if (!callbackUrl || !eventSchema[callbackUrl]) continue;
				callbacksContainer[eventName][callbackUrl] = {};
				const callbackSchema = eventSchema[callbackUrl];
				for (const httpMethodName in callbackSchema) {
					if (!httpMethodName || !callbackSchema[httpMethodName]) continue;
					const httpMethodSchema = callbackSchema[httpMethodName];
					const httpMethodContainer = {};
					if (httpMethodSchema.requestBody) httpMethodContainer.requestBody = convertJsonSchemaToOpenapi3(opts, ref.resolve(httpMethodSchema.requestBody));
					httpMethodContainer.responses = httpMethodSchema.responses ? convertJsonSchemaToOpenapi3(opts, ref.resolve(httpMethodSchema.responses)) : { "2XX": { description: "Default Response" } };
					callbacksContainer[eventName][callbackUrl][httpMethodName] = httpMethodContainer;
				}
			}
		}
		return callbacksContainer;
	}
	function prepareOpenapiMethod(opts, schema, ref, openapiObject, url) {
		const openapiMethod = {};
		const parameters = [];
		const securityIgnores = [...openapiObject?.security || [], ...schema?.security || []].reduce((acc, securitySchemeGroup) => {
			Object.keys(securitySchemeGroup).forEach((securitySchemeLabel) => {
				const scheme = openapiObject.components.securitySchemes[securitySchemeLabel];
				const isBearer = scheme.type === "http" && scheme.scheme === "bearer";
				const category = isBearer ? "header" : scheme.in;
				const name = isBearer ? "authorization" : scheme.name;
				if (!acc[category]) acc[category] = [];
				acc[category].push(name);
			});
			return acc;
		}, {});
		if (schema) {
			if (schema.operationId) openapiMethod.operationId = schema.operationId;
			if (schema.summary) openapiMethod.summary = schema.summary;
			if (schema.tags) openapiMethod.tags = schema.tags;
			if (schema.description) openapiMethod.description = schema.description;
			if (schema.externalDocs) openapiMethod.externalDocs = schema.externalDocs;
			if (schema.querystring) resolveCommonParams(opts, "query", parameters, schema.querystring, ref, openapiObject.definitions, securityIgnores.query);
			if (schema.body) {
				openapiMethod.requestBody = {
					required: true,
					content: {}
				};
				resolveBodyParams(opts, openapiMethod.requestBody, schema.body, schema.consumes, ref);
			}
			if (schema.params) resolveCommonParams(opts, "path", parameters, schema.params, ref, openapiObject.definitions);
			if (schema.headers) resolveCommonParams(opts, "header", parameters, schema.headers, ref, openapiObject.definitions, securityIgnores.header);
			if (schema.cookies) resolveCommonParams(opts, "cookie", parameters, schema.cookies, ref, openapiObject.definitions, securityIgnores.cookie);
			if (parameters.length > 0) openapiMethod.parameters = parameters;
			if (schema.deprecated) openapiMethod.deprecated = schema.deprecated;
			if (schema.security) openapiMethod.security = schema.security;
			if (schema.servers) openapiMethod.servers = schema.servers;
			if (schema.callbacks) openapiMethod.callbacks = resolveCallbacks(opts, schema.callbacks, ref);
			for (const key of Object.keys(schema)) if (key.startsWith(CUSTOM_HEADER)) openapiMethod[key] = schema[key];
		}
		if ((!schema || !schema.params) && hasParams(url)) {
			resolveCommonParams(opts, "path", parameters, generateParamsSchema(url).params, ref, openapiObject.definitions);
			openapiMethod.parameters = parameters;
		}
		openapiMethod.responses = resolveResponse(opts, schema ? schema.response : null, schema ? schema.produces : null, ref);
		return openapiMethod;
	}
	function isOpenapi30(opts) {
		return (typeof opts.openapi === "string" ? opts.openapi : "3.0.3").startsWith("3.0");
	}
	const annotationKeywords = /* @__PURE__ */ new Set([
		"title",
		"description",
		"default",
		"example",
		"examples",
		"deprecated",
		"readOnly",
		"writeOnly",
		"$comment"
	]);
	function isAnnotationKeyword(key) {
		return annotationKeywords.has(key) || key.startsWith("x-");
	}
	function toNullSchema(openapiSchema) {
		openapiSchema.type = "object";
		openapiSchema.nullable = true;
		openapiSchema.enum = [null];
		return openapiSchema;
	}
	function isNullSchema(schema) {
		return schema.nullable === true && Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null && Object.keys(schema).every((key) => key === "type" || key === "nullable" || key === "enum" || isAnnotationKeyword(key));
	}
	function canBeMergedInto(openapiSchema, member) {
		return Object.hasOwn(member, "type") && Object.keys(member).every((key) => key === "nullable" || !Object.hasOwn(openapiSchema, key));
	}
	function convertNullTypeToNullable(openapiSchema) {
		const { type } = openapiSchema;
		if (type === "null") toNullSchema(openapiSchema);
		else if (Array.isArray(type) && type.length > 0) {
			const types = type.filter((t) => t !== "null");
			const hasNull = types.length !== type.length;
			if (types.length === 0) toNullSchema(openapiSchema);
			else if (types.length === 1) {
				openapiSchema.type = types[0];
				if (hasNull) openapiSchema.nullable = true;
			} else {
				delete openapiSchema.type;
				const typeUnion = types.map((t) => ({ type: t }));
				if (hasNull) typeUnion.push(toNullSchema({}));
				if (Object.hasOwn(openapiSchema, "anyOf")) openapiSchema.allOf = [...openapiSchema.allOf || [], { anyOf: typeUnion }];
				else openapiSchema.anyOf = typeUnion;
			}
		}
		for (const combinator of ["anyOf", "oneOf"]) {
			const members = openapiSchema[combinator];
			if (!Array.isArray(members)) continue;
			const nonNull = members.filter((m) => !isNullSchema(m));
			if (nonNull.length !== 1 || nonNull.length === members.length) continue;
			if (!canBeMergedInto(openapiSchema, nonNull[0])) continue;
			delete openapiSchema[combinator];
			Object.assign(openapiSchema, nonNull[0]);
			openapiSchema.nullable = true;
		}
		return openapiSchema;
	}
	function convertNullableToNullType(openapiSchema) {
		if (!Object.hasOwn(openapiSchema, "nullable")) return openapiSchema;
		const { nullable, type } = openapiSchema;
		delete openapiSchema.nullable;
		if (nullable !== true || type === void 0) return openapiSchema;
		const types = Array.isArray(type) ? type : [type];
		if (!types.includes("null")) openapiSchema.type = [...types, "null"];
		return openapiSchema;
	}
	function convertJsonSchemaToOpenapi3(opts, jsonSchema) {
		if (typeof jsonSchema !== "object" || jsonSchema === null) return jsonSchema;
		if (Array.isArray(jsonSchema)) return jsonSchema.map((s) => convertJsonSchemaToOpenapi3(opts, s));
		const openapiSchema = { ...jsonSchema };
		if (Object.hasOwn(openapiSchema, "$ref") && Object.keys(openapiSchema).length !== 1) for (const key of Object.keys(openapiSchema).filter((k) => k !== "$ref")) delete openapiSchema[key];
		for (const key of Object.keys(openapiSchema)) {
			const value = openapiSchema[key];
			if (key === "$id" || key === "$schema" || key === "definitions") {
				delete openapiSchema[key];
				continue;
			}
			if (key === "$ref") {
				openapiSchema.$ref = value.replace("definitions", "components/schemas");
				continue;
			}
			if (opts.convertConstToEnum && key === "const") {
				openapiSchema.enum = [openapiSchema.const];
				delete openapiSchema.const;
				continue;
			}
			if (key === "contentEncoding") {
				if (value === "binary") openapiSchema.format = "binary";
				else if (value === "base64") openapiSchema.format = "byte";
				delete openapiSchema.contentEncoding;
				continue;
			}
			if (key === "patternProperties") {
				const propertyJsonSchema = Object.values(openapiSchema.patternProperties)[0];
				openapiSchema.additionalProperties = convertJsonSchemaToOpenapi3(opts, propertyJsonSchema);
				delete openapiSchema.patternProperties;
				continue;
			}
			if (key === "properties") {
				openapiSchema[key] = {};
				for (const propertyName of Object.keys(value)) {
					const propertyJsonSchema = value[propertyName];
					const propertyOpenapiSchema = convertJsonSchemaToOpenapi3(opts, propertyJsonSchema);
					openapiSchema[key][propertyName] = propertyOpenapiSchema;
				}
				continue;
			}
			openapiSchema[key] = convertJsonSchemaToOpenapi3(opts, value);
		}
		if (isOpenapi30(opts)) convertNullTypeToNullable(openapiSchema);
		else convertNullableToNullType(openapiSchema);
		return openapiSchema;
	}
	function prepareOpenapiSchemas(opts, jsonSchemas, ref, hoisted = /* @__PURE__ */ new Map()) {
		const openapiSchemas = {};
		const externalSchemas = [unknownSchemas(jsonSchemas, ref)];
		for (const schemaName of Object.keys(jsonSchemas)) {
			const jsonSchema = { ...jsonSchemas[schemaName] };
			const resolvedJsonSchema = ref.resolve(jsonSchema, { externalSchemas });
			const hoistedSchemas = hoistDefinitions(schemaName, resolvedJsonSchema, {
				...ref.definitions().definitions,
				...jsonSchemas
			}, hoisted);
			for (const [name, schema] of [[schemaName, resolvedJsonSchema], ...hoistedSchemas]) {
				const openapiSchema = convertJsonSchemaToOpenapi3(opts, schema);
				resolveSchemaExamplesRecursive(opts, openapiSchema);
				openapiSchemas[name] = openapiSchema;
			}
		}
		return openapiSchemas;
	}
	const PATH_ITEM_METHODS = /* @__PURE__ */ new Set([
		"get",
		"put",
		"post",
		"delete",
		"options",
		"head",
		"patch",
		"trace",
		"query"
	]);
	function supportsAdditionalOperations(version) {
		const match = /^3\.(\d+)/.exec(version);
		return match !== null && Number(match[1]) >= 2;
	}
	function addOpenapiOperation(openapiRoute, method, openapiMethod, version) {
		const field = method.toLowerCase();
		if (PATH_ITEM_METHODS.has(field) || !supportsAdditionalOperations(version)) {
			openapiRoute[field] = openapiMethod;
			return;
		}
		openapiRoute.additionalOperations = Object.assign({}, openapiRoute.additionalOperations, { [method.toUpperCase()]: openapiMethod });
	}
	module.exports = {
		addOpenapiOperation,
		prepareDefaultOptions,
		prepareOpenapiObject,
		prepareOpenapiMethod,
		prepareOpenapiSchemas,
		resolveServerUrls,
		normalizeUrl
	};
}));
// node_modules/@fastify/swagger/lib/spec/openapi/index.js
var require_openapi = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const yaml = require_dist();
	const { shouldRouteHide } = require_should_route_hide();
	const { rewriteHoistedRefs } = require_definitions();
	const { addOpenapiOperation, prepareDefaultOptions, prepareOpenapiObject, prepareOpenapiMethod, prepareOpenapiSchemas, normalizeUrl, resolveServerUrls } = require_utils();
	module.exports = function(opts, cache, routes, Ref) {
		let ref;
		const defOpts = prepareDefaultOptions(opts);
		return function(opts) {
			if (opts?.yaml) {
				if (cache.string) return cache.string;
			} else if (cache.object) return cache.object;
			const openapiObject = prepareOpenapiObject(defOpts);
			ref = Ref();
			const hoisted = /* @__PURE__ */ new Map();
			openapiObject.components.schemas = prepareOpenapiSchemas(defOpts, {
				...openapiObject.components.schemas,
				...ref.definitions().definitions
			}, ref, hoisted);
			const serverUrls = resolveServerUrls(defOpts.servers);
			for (const route of routes) {
				const transformResult = route.config?.swaggerTransform !== void 0 ? route.config.swaggerTransform ? route.config.swaggerTransform({
					schema: route.schema,
					url: route.url,
					route,
					openapiObject
				}) : {} : defOpts.transform ? defOpts.transform({
					schema: route.schema,
					url: route.url,
					route,
					openapiObject
				}) : {};
				const schema = transformResult.schema || route.schema;
				const shouldRouteHideOpts = {
					hiddenTag: defOpts.hiddenTag,
					hideUntagged: defOpts.hideUntagged
				};
				if (shouldRouteHide(schema, shouldRouteHideOpts)) continue;
				let url = transformResult.url || route.url;
				url = normalizeUrl(url, serverUrls, defOpts.stripBasePath);
				const openapiRoute = Object.assign({}, openapiObject.paths[url]);
				const openapiMethod = prepareOpenapiMethod(defOpts, schema, ref, openapiObject, url);
				if (route.links) for (const statusCode of Object.keys(route.links)) {
					if (!openapiMethod.responses[statusCode]) throw new Error(`missing status code ${statusCode} in route ${route.path}`);
					openapiMethod.responses[statusCode].links = route.links[statusCode];
				}
				const methods = typeof route.method === "string" ? [route.method] : route.method;
				for (const method of methods) addOpenapiOperation(openapiRoute, method, openapiMethod, openapiObject.openapi);
				openapiObject.paths[url] = openapiRoute;
			}
			Object.assign(openapiObject.components.schemas, prepareOpenapiSchemas(defOpts, ref.inlineDefinitions, ref, hoisted));
			rewriteHoistedRefs(openapiObject, "#/components/schemas/", hoisted);
			const transformObjectResult = defOpts.transformObject ? defOpts.transformObject({ openapiObject }) : openapiObject;
			if (opts?.yaml) {
				cache.string = yaml.stringify(transformObjectResult, { strict: false });
				return cache.string;
			}
			cache.object = transformObjectResult;
			return cache.object;
		};
	};
}));
// node_modules/@fastify/swagger/lib/util/resolve-swagger-function.js
var require_resolve_swagger_function = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function resolveSwaggerFunction(opts, cache, routes, Ref) {
		if (opts.openapi === void 0 || opts.openapi === null) return require_swagger$1()(opts, cache, routes, Ref);
		else return require_openapi()(opts, cache, routes, Ref);
	}
	module.exports = { resolveSwaggerFunction };
}));
// node_modules/@fastify/swagger/lib/mode/dynamic.js
var require_dynamic = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { addHook } = require_add_hook();
	const { resolveSwaggerFunction } = require_resolve_swagger_function();
	module.exports = function(fastify, opts, done) {
		opts = Object.assign({}, {
			exposeRoute: false,
			hiddenTag: "X-HIDDEN",
			hideUntagged: false,
			stripBasePath: true,
			openapi: null,
			swagger: {},
			transform: null,
			transformObject: null,
			decorator: "swagger",
			refResolver: { buildLocalReference(json, _baseUri, _fragment, i) {
				if (!json.title && json.$id) json.title = json.$id;
				return `def-${i}`;
			} },
			convertConstToEnum: true
		}, opts);
		const { routes, Ref } = addHook(fastify, opts);
		const swagger = resolveSwaggerFunction(opts, {
			object: null,
			string: null
		}, routes, Ref);
		fastify.decorate(opts.decorator, swagger);
		done();
	};
}));
// node_modules/@fastify/swagger/index.js
var require_swagger = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const fp = require_fastify_plugin();
	const { formatParamUrl } = require_format_param_url();
	function fastifySwagger(fastify, opts, next) {
		opts.mode = opts.mode || "dynamic";
		switch (opts.mode) {
			case "static":
				require_static()(fastify, opts, next);
				break;
			case "dynamic":
				require_dynamic()(fastify, opts, next);
				break;
			default: return next(/* @__PURE__ */ new Error("unsupported mode, should be one of ['static', 'dynamic']"));
		}
	}
	module.exports = fp(fastifySwagger, {
		fastify: "5.x",
		name: "@fastify/swagger"
	});
	module.exports.fastifySwagger = fastifySwagger;
	module.exports.default = fastifySwagger;
	module.exports.formatParamUrl = formatParamUrl;
}));
// dist/src/server/http/context.js
var import_websocket = /* @__PURE__ */ __toESM(require_websocket(), 1);
var import_swagger = /* @__PURE__ */ __toESM(require_swagger(), 1);
var import_fastify = /* @__PURE__ */ __toESM(require_fastify(), 1);
function authOf(request) {
	if (!request.auth) throw new CirrusError("unauthorized", "missing, invalid or revoked token");
	return request.auth;
}
/** Error responses every route may give, for the OpenAPI document. */
const ERROR_RESPONSES = {
	"4xx": ErrorBodySchema,
	"5xx": ErrorBodySchema
};
// dist/src/server/http/routes-account.js
function accountRoutes(app, ctx) {
	app.get("/health", {
		config: { public: true },
		schema: {
			tags: ["operations"],
			response: { 200: Type.Object({ status: Type.Literal("ok") }) }
		}
	}, () => ({ status: "ok" }));
	app.post("/v1/login", {
		config: { public: true },
		schema: {
			tags: ["account"],
			summary: "Sign in and get a token for this device",
			body: LoginRequest,
			response: {
				200: LoginResponse,
				...ERROR_RESPONSES
			},
			security: []
		}
	}, (request) => ctx.auth.login(request.body, request.ip));
	app.post("/v1/logout", { schema: {
		tags: ["account"],
		response: ERROR_RESPONSES
	} }, (request, reply) => {
		const { account, device } = authOf(request);
		ctx.metadata.revokeDevice(account.id, device.id);
		ctx.push.revoke(account.id, device.id);
		return reply.status(204).send();
	});
	app.get("/v1/account", { schema: {
		tags: ["account"],
		response: {
			200: AccountInfo,
			...ERROR_RESPONSES
		}
	} }, (request) => {
		const { account, device } = authOf(request);
		const fresh = ctx.metadata.getAccount(account.id) ?? account;
		return {
			user: fresh.name,
			deviceId: device.id,
			cursor: fresh.cursor,
			fingerprint: ctx.metadata.fingerprint(),
			usedBytes: fresh.usedBytes,
			quotaBytes: fresh.quotaBytes,
			totpEnabled: fresh.totpSecret !== null
		};
	});
	app.get("/v1/devices", { schema: {
		tags: ["account"],
		response: {
			200: Type.Array(Device),
			...ERROR_RESPONSES
		}
	} }, (request) => {
		const { account, device } = authOf(request);
		return ctx.metadata.listDevices(account.id).map((d) => ({
			id: d.id,
			name: d.name,
			createdAt: d.createdAt,
			lastSeenAt: d.lastSeenAt,
			current: d.id === device.id
		}));
	});
	app.delete("/v1/devices/:id", { schema: {
		tags: ["account"],
		summary: "Revoke a device: its token fails at once, push connections included",
		params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
		response: ERROR_RESPONSES
	} }, (request, reply) => {
		const { account } = authOf(request);
		if (!ctx.metadata.revokeDevice(account.id, request.params.id)) throw new CirrusError("not_found", "no such device");
		ctx.push.revoke(account.id, request.params.id);
		return reply.status(204).send();
	});
	app.post("/v1/totp/enroll", { schema: {
		tags: ["account"],
		response: {
			200: TotpEnrollResponse,
			...ERROR_RESPONSES
		}
	} }, (request) => ctx.auth.enrollTotp(authOf(request).account));
	app.post("/v1/totp/verify", { schema: {
		tags: ["account"],
		body: TotpCode,
		response: ERROR_RESPONSES
	} }, (request, reply) => {
		ctx.auth.verifyTotp(authOf(request).account, request.body.code);
		return reply.status(204).send();
	});
	app.post("/v1/totp/disable", { schema: {
		tags: ["account"],
		body: TotpCode,
		response: ERROR_RESPONSES
	} }, (request, reply) => {
		ctx.auth.disableTotp(authOf(request).account, request.body.code);
		return reply.status(204).send();
	});
}
// dist/src/server/http/routes-chunks.js
const OCTETS = "application/octet-stream";
const Stored = Type.Object({ stored: Type.Integer() });
function chunkRoutes(app, ctx) {
	app.post("/v1/chunks/missing", { schema: {
		tags: ["chunks"],
		summary: "Which of these chunks this account does not hold yet",
		body: MissingRequest,
		response: {
			200: MissingResponse,
			...ERROR_RESPONSES
		}
	} }, async (request) => ({ missing: await ctx.sync.missingChunks(authOf(request).account.id, request.body.ids) }));
	app.post("/v1/chunks", {
		bodyLimit: LIMITS.maxBatchChunkBytes + 147456,
		schema: {
			tags: ["chunks"],
			summary: "Upload many chunks in one framed body ([sha256][u32 length][bytes]…)",
			consumes: [OCTETS],
			response: {
				200: Stored,
				...ERROR_RESPONSES
			}
		}
	}, async (request) => {
		const body = requireOctets(request.body);
		const chunks = parseFrames(body, LIMITS.maxChunkSize).map((c) => ({
			id: c.id,
			data: Buffer.from(c.data.buffer, c.data.byteOffset, c.data.byteLength)
		}));
		await ctx.sync.storeChunks(authOf(request).account.id, chunks);
		return { stored: chunks.length };
	});
	app.put("/v1/chunks/:id", {
		bodyLimit: LIMITS.maxChunkSize,
		schema: {
			tags: ["chunks"],
			summary: "Upload one chunk as a raw body",
			consumes: [OCTETS],
			params: Type.Object({ id: ChunkId }),
			response: {
				200: Stored,
				...ERROR_RESPONSES
			}
		}
	}, async (request) => {
		const data = requireOctets(request.body);
		if (data.length === 0) throw new CirrusError("bad_request", "a chunk cannot be empty");
		await ctx.sync.storeChunks(authOf(request).account.id, [{
			id: request.params.id,
			data
		}]);
		return { stored: 1 };
	});
	app.get("/v1/chunks/:id", { schema: {
		tags: ["chunks"],
		params: Type.Object({ id: ChunkId }),
		response: ERROR_RESPONSES
	} }, async (request, reply) => {
		const data = await ctx.sync.readChunk(authOf(request).account.id, request.params.id);
		return reply.type(OCTETS).send(data);
	});
	app.post("/v1/chunks/fetch", { schema: {
		tags: ["chunks"],
		summary: "Download many chunks as one framed stream, in the order asked",
		body: ChunkGetRequest,
		response: ERROR_RESPONSES
	} }, async (request, reply) => {
		const { ids } = request.body;
		const chunks = ctx.sync.readChunks(authOf(request).account.id, ids);
		async function* frames() {
			let i = 0;
			for await (const data of chunks) {
				yield Buffer.from(frameHeader(ids[i++], data.length));
				yield data;
			}
		}
		return reply.type(OCTETS).send(Readable.from(frames()));
	});
}
function requireOctets(body) {
	if (!Buffer.isBuffer(body)) throw new CirrusError("unsupported_media_type", `send chunks as ${OCTETS}`);
	return body;
}
// dist/src/server/http/routes-entries.js
const IdParams$1 = Type.Object({ id: EntryId });
const withoutOp = (schema) => Type.Omit(schema, ["op"], { additionalProperties: false });
const MoveBody = Type.Omit(MoveOp, ["op", "id"], { additionalProperties: false });
const ChangesQuery = Type.Object({
	cursor: Type.Integer({
		minimum: 0,
		default: 0
	}),
	limit: Type.Integer({
		minimum: 1,
		maximum: LIMITS.maxChangesPage,
		default: 1e3
	})
});
const ManifestQuery = Type.Object({ haveRev: Type.Optional(Revision) });
const DeleteQuery = Type.Object({ baseRev: Revision });
function entryRoutes(app, ctx) {
	/** Run one op through the batch path and answer with its entry or its error. */
	async function single(request, reply, op) {
		const { account, device } = authOf(request);
		const { results } = await ctx.sync.applyOps(account.id, device.id, [op]);
		const result = results[0];
		if (!result) throw new CirrusError("internal", "no result for the operation");
		if (!result.ok) {
			const code = result.error.code;
			throw new CirrusError(code, result.error.message, result.error.detail);
		}
		return reply.send(result.entry);
	}
	const entryResponse = {
		200: Entry,
		...ERROR_RESPONSES
	};
	app.post("/v1/ops", { schema: {
		tags: ["entries"],
		summary: "Apply many operations in one request, with a result per operation",
		body: BatchRequest,
		response: {
			200: BatchResponse,
			...ERROR_RESPONSES
		}
	} }, (request) => {
		const { account, device } = authOf(request);
		return ctx.sync.applyOps(account.id, device.id, request.body.ops);
	});
	app.post("/v1/files", { schema: {
		tags: ["entries"],
		summary: "Commit a file: create it, or a new version against baseRev",
		body: withoutOp(CommitOp),
		response: entryResponse
	} }, (request, reply) => single(request, reply, {
		op: "commit",
		...request.body
	}));
	app.post("/v1/folders", { schema: {
		tags: ["entries"],
		body: withoutOp(MkdirOp),
		response: entryResponse
	} }, (request, reply) => single(request, reply, {
		op: "mkdir",
		...request.body
	}));
	app.post("/v1/entries/:id/move", { schema: {
		tags: ["entries"],
		summary: "Move or rename an entry (a folder moves with everything in it)",
		params: IdParams$1,
		body: MoveBody,
		response: entryResponse
	} }, (request, reply) => single(request, reply, {
		op: "move",
		id: request.params.id,
		...request.body
	}));
	app.delete("/v1/entries/:id", { schema: {
		tags: ["entries"],
		summary: "Move an entry to the trash",
		params: IdParams$1,
		querystring: DeleteQuery,
		response: entryResponse
	} }, (request, reply) => single(request, reply, {
		op: "delete",
		id: request.params.id,
		baseRev: request.query.baseRev
	}));
	app.get("/v1/entries/:id", { schema: {
		tags: ["entries"],
		params: IdParams$1,
		response: entryResponse
	} }, (request) => {
		const entry = ctx.metadata.getEntry(authOf(request).account.id, request.params.id);
		if (!entry) throw new CirrusError("not_found", `no entry ${request.params.id}`);
		return entry;
	});
	app.get("/v1/entries/:id/manifest", { schema: {
		tags: ["entries"],
		summary: "The chunk list, or a patch against haveRev when the server still has it",
		params: IdParams$1,
		querystring: ManifestQuery,
		response: {
			200: ManifestResponse,
			...ERROR_RESPONSES
		}
	} }, (request) => ctx.metadata.manifest(authOf(request).account.id, request.params.id, request.query.haveRev ?? null));
	app.get("/v1/changes", { schema: {
		tags: ["entries"],
		summary: "Entries changed since a cursor, in order, paged",
		querystring: ChangesQuery,
		response: {
			200: ChangesResponse,
			...ERROR_RESPONSES
		}
	} }, (request) => {
		return {
			...ctx.metadata.changes(authOf(request).account.id, request.query.cursor, request.query.limit),
			fingerprint: ctx.metadata.fingerprint()
		};
	});
}
// dist/src/server/http/routes-history.js
const IdParams = Type.Object({ id: EntryId });
const VersionParams = Type.Object({
	id: EntryId,
	versionId: Type.String({ maxLength: 64 })
});
function historyRoutes(app, ctx) {
	app.get("/v1/entries/:id/versions", { schema: {
		tags: ["history"],
		params: IdParams,
		response: {
			200: Type.Array(Version),
			...ERROR_RESPONSES
		}
	} }, (request) => ctx.metadata.versions(authOf(request).account.id, request.params.id));
	app.get("/v1/entries/:id/versions/:versionId/manifest", { schema: {
		tags: ["history"],
		summary: "The chunk list of one version, to read it without restoring it",
		params: VersionParams,
		response: {
			200: ManifestResponse,
			...ERROR_RESPONSES
		}
	} }, (request) => ctx.metadata.versionManifest(authOf(request).account.id, request.params.id, request.params.versionId));
	app.post("/v1/entries/:id/versions/:versionId/restore", { schema: {
		tags: ["history"],
		summary: "Make an old version current again (as a new version)",
		params: VersionParams,
		response: {
			200: Entry,
			...ERROR_RESPONSES
		}
	} }, (request) => {
		const { account, device } = authOf(request);
		const { id, versionId } = request.params;
		return ctx.sync.mutate(account.id, () => ctx.metadata.restoreVersion(account.id, device.id, id, versionId));
	});
	app.get("/v1/trash", { schema: {
		tags: ["history"],
		response: {
			200: Type.Array(TrashItem),
			...ERROR_RESPONSES
		}
	} }, (request) => ctx.metadata.trash(authOf(request).account.id));
	app.post("/v1/trash/:id/restore", { schema: {
		tags: ["history"],
		summary: "Restore a trashed entry to where it was (renamed if the name is taken)",
		params: IdParams,
		response: {
			200: Entry,
			...ERROR_RESPONSES
		}
	} }, (request) => {
		const { account, device } = authOf(request);
		return ctx.sync.mutate(account.id, () => ctx.metadata.restoreTrash(account.id, device.id, request.params.id));
	});
	app.delete("/v1/trash/:id", { schema: {
		tags: ["history"],
		summary: "Purge a trashed entry for good",
		params: IdParams,
		response: ERROR_RESPONSES
	} }, (request, reply) => {
		ctx.metadata.purgeTrash(authOf(request).account.id, request.params.id);
		return reply.status(204).send();
	});
}
// dist/src/server/http/push-openapi.js
/** Close codes the server uses, for the `x-websocket-close-codes` extension. */
const CLOSE_CODES = {
	1001: "the server is shutting down: reconnect with back-off",
	4001: "this device was revoked or signed out (a `revoked` message comes first): do not reconnect with this token"
};
function description(pingIntervalMs) {
	return `Upgrades to a WebSocket on which the server tells this device, the moment a commit lands, that its account's cursor advanced, so clients never poll.

**Handshake.** An HTTP/1.1 \`GET\` with \`Upgrade: websocket\` and the usual \`Authorization: Bearer <token>\` header. A missing, invalid or revoked token is refused with 401 before the upgrade; a \`GET\` without the upgrade answers 404.

**Messages.** Every frame the server sends is one JSON text message (the 101 response's schema):
- \`{"type":"hello","cursor":N,"fingerprint":"…"}\`, first: the account's cursor and the data fingerprint now (a changed fingerprint means the server was restored from a backup).
- \`{"type":"cursor","cursor":N}\`, whenever the account's cursor advances: read \`/v1/changes\` from the last cursor seen.
- \`{"type":"revoked"}\`, when this device is revoked or signed out; the server then closes with code 4001.

The server ignores what the client sends (frames above 4 KiB close the socket), and pings every ${pingIntervalMs / 1e3} s, dropping a peer that did not answer the previous ping.

**Close codes.** 4001: the device was revoked: sign in again rather than reconnect. 1001: the server is shutting down: reconnect with back-off.`;
}
const pushOpenApiSchema = (pingIntervalMs) => ({
	tags: ["push"],
	summary: "WebSocket of cursor updates",
	description: description(pingIntervalMs),
	headers: Type.Object({
		upgrade: Type.Literal("websocket"),
		connection: Type.String({ description: "must include `Upgrade`" }),
		"sec-websocket-version": Type.Literal("13"),
		"sec-websocket-key": Type.String({ description: "RFC 6455 handshake key" })
	}),
	response: {
		101: {
			description: "Switching Protocols: the WebSocket is open. Each frame the server sends is one JSON message of this shape.",
			content: { "application/json": { schema: PushMessage } }
		},
		401: {
			description: "missing, invalid or revoked token (refused before the upgrade)",
			content: { "application/json": { schema: ErrorBodySchema } }
		},
		404: {
			description: "the request asked for no WebSocket upgrade",
			type: "null"
		}
	},
	"x-websocket-close-codes": CLOSE_CODES
});
// dist/src/server/http/routes-push.js
const PING_INTERVAL_MS = 25e3;
function pushRoutes(app, ctx) {
	app.get("/v1/push", {
		websocket: true,
		config: { swaggerTransform: ({ url }) => ({
			schema: pushOpenApiSchema(PING_INTERVAL_MS),
			url
		}) }
	}, (socket, request) => {
		const { account, device } = authOf(request);
		const send = (message) => {
			if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
		};
		const remove = ctx.push.add(account.id, {
			deviceId: device.id,
			send,
			close: (code, reason) => {
				socket.close(code, reason);
			}
		});
		let alive = true;
		const ping = setInterval(() => {
			if (!alive) {
				socket.terminate();
				return;
			}
			alive = false;
			socket.ping();
		}, PING_INTERVAL_MS);
		socket.on("pong", () => alive = true);
		socket.on("close", () => {
			clearInterval(ping);
			remove();
		});
		send({
			type: "hello",
			cursor: ctx.metadata.getAccount(account.id)?.cursor ?? 0,
			fingerprint: ctx.metadata.fingerprint()
		});
	});
}
// dist/src/server/http/error-handler.js
const FASTIFY_CODES = {
	FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
	FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
	FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
	FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
	FST_ERR_CTP_INVALID_JSON_BODY: "bad_request",
	FST_ERR_VALIDATION: "bad_request"
};
function classify(error) {
	if (error instanceof CirrusError) return error;
	const code = FASTIFY_CODES[error.code] ?? (error.validation ? "bad_request" : void 0);
	if (code) return new CirrusError(code, error.message);
	if (error instanceof SyntaxError || error.statusCode === 400) return new CirrusError("bad_request", `malformed request: ${error.message}`);
	if (error.statusCode === 413) return new CirrusError("payload_too_large", error.message);
	if (error.statusCode === 415) return new CirrusError("unsupported_media_type", error.message);
	return new CirrusError("internal", "internal server error");
}
function installErrorHandling(app) {
	app.setErrorHandler((error, request, reply) => {
		const classified = classify(error);
		if (classified.code === "internal") request.log.error({ err: error }, "request failed");
		const retry = classified.detail?.retryAfterSeconds;
		if (retry !== void 0) reply.header("retry-after", String(retry));
		return reply.status(classified.status).send(classified.toBody());
	});
	app.setNotFoundHandler((request, reply) => reply.status(404).send(new CirrusError("not_found", `no route ${request.method} ${request.url}`).toBody()));
}
// dist/src/server/http/app.js
async function buildApp(ctx, options) {
	const app = (0, import_fastify.default)({
		loggerInstance: options.logger,
		bodyLimit: LIMITS.maxJsonBody,
		...options.https ? { https: options.https } : {},
		ajv: { customOptions: {
			removeAdditional: false,
			allErrors: false
		} },
		forceCloseConnections: true
	});
	app.decorateRequest("auth", null);
	installErrorHandling(app);
	app.removeContentTypeParser("text/plain");
	await app.register(import_swagger.default, { openapi: {
		openapi: "3.1.0",
		info: {
			title: "Cirrus cloud endpoint",
			version: "1",
			description: "Accounts, chunks, file metadata, history and push for Cirrus clients."
		},
		components: { securitySchemes: { bearer: {
			type: "http",
			scheme: "bearer"
		} } },
		security: [{ bearer: [] }]
	} });
	await app.register(import_websocket.default, { options: { maxPayload: 4096 } });
	app.addHook("onRequest", (request, _reply, done) => {
		if (request.routeOptions.config.public || !request.routeOptions.url) {
			done();
			return;
		}
		try {
			request.auth = ctx.auth.authenticate(request.headers.authorization);
			done();
		} catch (error) {
			done(error);
		}
	});
	app.addHook("preHandler", (request, _reply, done) => {
		for (const source of [request.query, request.params]) for (const [key, value] of Object.entries(source ?? {})) if (typeof value === "number" && !Number.isSafeInteger(value)) {
			done(new CirrusError("bad_request", `${key} must be a whole number`));
			return;
		}
		done();
	});
	app.get("/openapi.json", {
		config: { public: true },
		schema: { hide: true }
	}, () => app.swagger());
	accountRoutes(app, ctx);
	await app.register((scope, _options, done) => {
		scope.addContentTypeParser("application/octet-stream", { parseAs: "buffer" }, (_request, body, parsed) => {
			parsed(null, body);
		});
		chunkRoutes(scope, ctx);
		done();
	});
	entryRoutes(app, ctx);
	historyRoutes(app, ctx);
	pushRoutes(app, ctx);
	return app;
}
// dist/src/server/log.js
const REDACTED_PATHS = [
	"req.headers.authorization",
	"req.headers.cookie",
	"*.password",
	"*.token",
	"*.totp",
	"*.secret",
	"password",
	"token"
];
function createLogger(level) {
	return (0, import_pino.pino)({
		level,
		base: { component: "cirrus-server" },
		redact: {
			paths: REDACTED_PATHS,
			censor: "[redacted]"
		}
	}, import_pino.pino.destination(2));
}
// dist/src/server/metadata/chunk-refs.js
/**
* Versions of up to this many chunks (files up to ~1 MiB) get their rows in the commit:
* for them a journal row would cost as much as the rows, and most files are small.
*/
const INLINE_MAX = 64;
var ChunkRefs = class {
	db;
	sql;
	/** Told when a version is journaled (RefsFlusher applies the journal soon after). */
	onJournaled = () => void 0;
	constructor(db, sql) {
		this.db = db;
		this.sql = sql;
	}
	journal(accountId, versionId, action) {
		this.sql("INSERT OR REPLACE INTO chunk_refs_journal (version_id, account_id, action) VALUES (?, ?, ?)").run(versionId, accountId, action);
		this.onJournaled();
	}
	/**
	* Record a new version's references (inside the commit's transaction): written at
	* once for a small manifest, journaled for a large one.
	*/
	add(accountId, versionId, chunks) {
		if (chunks.length > INLINE_MAX) {
			this.journal(accountId, versionId, "add");
			return;
		}
		this.insertRefs(accountId, versionId, chunks);
	}
	/** Remove a deleted version's references (inside the deleting transaction). */
	drop(accountId, versionId, chunkCount) {
		if (this.sql("DELETE FROM chunk_refs_journal WHERE version_id = ? AND action = 'add'").run(versionId).changes > 0) return;
		if (chunkCount > INLINE_MAX) {
			this.journal(accountId, versionId, "drop");
			return;
		}
		this.removeRefs(versionId);
	}
	/** Forget an account's references and journal (the account is being deleted). */
	dropAccount(accountId) {
		this.sql("DELETE FROM chunk_refs_journal WHERE account_id = ?").run(accountId);
		this.sql("DELETE FROM chunk_refs WHERE account_id = ?").run(accountId);
	}
	/** Whether anything is journaled and not yet applied. */
	pending() {
		return this.sql("SELECT 1 FROM chunk_refs_journal LIMIT 1").get() !== void 0;
	}
	/**
	* Apply journaled versions, oldest first, in one transaction, until about `maxRows`
	* rows were written or removed (a version is never split). `accountId` limits it to
	* one account. Returns whether journal rows remain.
	*/
	apply(options = {}) {
		const maxRows = options.maxRows ?? Infinity;
		return this.db.transaction(() => {
			let rows = 0;
			for (;;) {
				const entry = options.accountId === void 0 ? this.sql("SELECT * FROM chunk_refs_journal ORDER BY rowid LIMIT 1").get() : this.sql("SELECT * FROM chunk_refs_journal WHERE account_id = ? ORDER BY rowid LIMIT 1").get(options.accountId);
				if (!entry) return false;
				if (rows >= maxRows) return true;
				rows += entry.action === "add" ? this.writeRefs(entry) : this.removeRefs(entry.version_id);
				this.sql("DELETE FROM chunk_refs_journal WHERE version_id = ?").run(entry.version_id);
			}
		})();
	}
	/** Which of `ids` some version of the account references (its journal applied first). */
	referenced(accountId, ids) {
		this.apply({ accountId });
		const found = this.sql(`SELECT DISTINCT chunk FROM chunk_refs
       WHERE account_id = ? AND chunk IN (SELECT value FROM json_each(?))`).all(accountId, JSON.stringify(ids));
		return new Set(found.map((r) => r.chunk));
	}
	writeRefs(entry) {
		const version = this.sql("SELECT manifest FROM versions WHERE id = ?").get(entry.version_id);
		if (!version) return 0;
		return this.insertRefs(entry.account_id, entry.version_id, decodeManifest(version.manifest));
	}
	insertRefs(accountId, versionId, chunks) {
		const insert = this.sql("INSERT OR IGNORE INTO chunk_refs (account_id, chunk, version_id) VALUES (?, ?, ?)");
		const ids = new Set(chunks.map((c) => c.id));
		for (const id of ids) insert.run(accountId, id, versionId);
		return ids.size;
	}
	removeRefs(versionId) {
		return this.sql("DELETE FROM chunk_refs WHERE version_id = ?").run(versionId).changes;
	}
};
/** Slices of work between two looks at the event loop. */
const ROWS_PER_SLICE = 4e3;
/** Wait before trying again after a slice failed. */
const RETRY_MS = 5e3;
/**
* Applies the journal in the background: `delayMs` after the first commit of a burst
* (so it does not land on the requests that follow a commit: the other devices fetching
* what changed), one slice per turn of the event loop.
*/
var RefsFlusher = class {
	refs;
	delayMs;
	timer = null;
	closed = false;
	constructor(refs, delayMs = 1e3) {
		this.refs = refs;
		this.delayMs = delayMs;
		refs.onJournaled = () => {
			this.poke();
		};
		if (refs.pending()) this.schedule(0);
	}
	/** Something was journaled. */
	poke() {
		if (this.timer === null) this.schedule(this.delayMs);
	}
	close() {
		this.closed = true;
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
	}
	schedule(ms) {
		if (this.closed) return;
		this.timer = setTimeout(() => {
			this.timer = null;
			let more;
			try {
				more = this.refs.apply({ maxRows: ROWS_PER_SLICE });
			} catch {
				this.schedule(RETRY_MS);
				return;
			}
			if (more) this.schedule(0);
		}, ms);
		this.timer.unref();
	}
};
// dist/src/server/metadata/sqlite-accounts.js
function toAccount(row) {
	return {
		id: row.id,
		name: row.name,
		passwordHash: row.password_hash,
		totpSecret: row.totp_secret,
		totpPending: row.totp_pending,
		totpLastStep: row.totp_last_step,
		quotaBytes: row.quota_bytes,
		usedBytes: row.used_bytes,
		cursor: row.cursor,
		createdAt: row.created_at
	};
}
function toDevice(row) {
	return {
		id: row.id,
		accountId: row.account_id,
		name: row.name,
		createdAt: row.created_at,
		lastSeenAt: row.last_seen_at,
		revokedAt: row.revoked_at
	};
}
var SqliteAccounts = class {
	db;
	now;
	refs;
	constructor(db, now, refs) {
		this.db = db;
		this.now = now;
		this.refs = refs;
	}
	create(name, passwordHash, quotaBytes) {
		const info = this.db.prepare("INSERT INTO accounts (name, password_hash, quota_bytes, created_at) VALUES (?, ?, ?, ?)").run(name, passwordHash, quotaBytes, this.now());
		const accountId = Number(info.lastInsertRowid);
		this.db.prepare("INSERT INTO entries (account_id, id, parent_id, name, kind, rev) VALUES (?, 'root', NULL, '', 'folder', 0)").run(accountId);
		return this.get(accountId);
	}
	find(name) {
		const row = this.db.prepare("SELECT * FROM accounts WHERE name = ?").get(name);
		return row ? toAccount(row) : null;
	}
	get(id) {
		const row = this.db.prepare("SELECT * FROM accounts WHERE id = ?").get(id);
		return row ? toAccount(row) : null;
	}
	list() {
		return this.db.prepare("SELECT * FROM accounts ORDER BY name").all().map(toAccount);
	}
	delete(name) {
		const account = this.find(name);
		if (!account) return false;
		this.db.transaction(() => {
			this.refs.dropAccount(account.id);
			this.db.prepare("DELETE FROM accounts WHERE id = ?").run(account.id);
		})();
		return true;
	}
	setPasswordHash(accountId, hash) {
		this.db.prepare("UPDATE accounts SET password_hash = ? WHERE id = ?").run(hash, accountId);
	}
	setQuota(accountId, quotaBytes) {
		this.db.prepare("UPDATE accounts SET quota_bytes = ? WHERE id = ?").run(quotaBytes, accountId);
	}
	setTotp(accountId, fields) {
		const current = this.get(accountId);
		if (!current) return;
		const next = {
			...current,
			...fields
		};
		this.db.prepare("UPDATE accounts SET totp_secret = ?, totp_pending = ?, totp_last_step = ? WHERE id = ?").run(next.totpSecret, next.totpPending, next.totpLastStep, accountId);
	}
	createDevice(accountId, name, tokenHash) {
		const id = randomBytes(12).toString("base64url");
		this.db.prepare("INSERT INTO devices (id, account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)").run(id, accountId, name, tokenHash, this.now());
		return toDevice(this.db.prepare("SELECT * FROM devices WHERE id = ?").get(id));
	}
	deviceByTokenHash(tokenHash) {
		const row = this.db.prepare("SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL").get(tokenHash);
		if (!row) return null;
		const account = this.get(row.account_id);
		return account ? {
			device: toDevice(row),
			account
		} : null;
	}
	listDevices(accountId) {
		return this.db.prepare("SELECT * FROM devices WHERE account_id = ? AND revoked_at IS NULL ORDER BY created_at").all(accountId).map(toDevice);
	}
	revokeDevice(accountId, deviceId) {
		return this.db.prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL").run(this.now(), deviceId, accountId).changes > 0;
	}
	/** Signs out every live device of the account in one statement; returns how many. */
	revokeAllDevices(accountId) {
		return this.db.prepare("UPDATE devices SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL").run(this.now(), accountId).changes;
	}
	touchDevice(deviceId, now) {
		this.db.prepare("UPDATE devices SET last_seen_at = ? WHERE id = ?").run(now, deviceId);
	}
};
// dist/src/server/metadata/sqlite-db.js
/**
* 2: chunk_refs_journal, the journal of chunk references not yet in chunk_refs
* (chunk-refs.ts). A server of schema 1 would not read it and could collect chunks
* still in use, so it must refuse such a database (it does: the version is newer).
*/
const SCHEMA_VERSION = 2;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- AUTOINCREMENT: an account id is never reused. Chunks are stored per account id and
-- outlive a deleted account until collected, so a reused id would hand them to a stranger.
CREATE TABLE IF NOT EXISTS accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  totp_secret TEXT,
  totp_pending TEXT,
  totp_last_step INTEGER NOT NULL DEFAULT 0,
  quota_bytes INTEGER,
  used_bytes INTEGER NOT NULL DEFAULT 0,
  cursor INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS devices_account ON devices(account_id);
CREATE TABLE IF NOT EXISTS entries (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  parent_id TEXT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  mtime INTEGER NOT NULL DEFAULT 0,
  hash TEXT,
  rev INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER,
  trash_group INTEGER,
  trash_path TEXT,
  purged INTEGER NOT NULL DEFAULT 0,
  device_id TEXT,
  version_id TEXT,
  chunk_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS entries_live_name
  ON entries(account_id, parent_id, name) WHERE deleted = 0;
CREATE INDEX IF NOT EXISTS entries_rev ON entries(account_id, rev);
CREATE INDEX IF NOT EXISTS entries_parent ON entries(account_id, parent_id);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  hash TEXT NOT NULL,
  device_id TEXT,
  created_at INTEGER NOT NULL,
  manifest BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_entry ON versions(account_id, entry_id, rev);
CREATE TABLE IF NOT EXISTS chunk_refs (
  account_id INTEGER NOT NULL,
  chunk TEXT NOT NULL,
  version_id TEXT NOT NULL,
  PRIMARY KEY (account_id, chunk, version_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS chunk_refs_version ON chunk_refs(version_id);
CREATE TABLE IF NOT EXISTS chunk_refs_journal (
  version_id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'drop'))
);
CREATE INDEX IF NOT EXISTS chunk_refs_journal_account ON chunk_refs_journal(account_id);
`;
function openMetadataDb(file) {
	const db = new Database(file);
	db.pragma("journal_mode = WAL");
	db.pragma("synchronous = FULL");
	db.pragma("foreign_keys = ON");
	db.pragma("busy_timeout = 5000");
	db.pragma(`cache_size = -65536`);
	db.pragma("temp_store = MEMORY");
	db.exec(SCHEMA);
	const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get();
	if (!version) {
		db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
		db.prepare("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)").run(randomUUID());
	} else if (Number(version.value) < SCHEMA_VERSION) db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION));
	else if (Number(version.value) > SCHEMA_VERSION) {
		db.close();
		throw new Error(`metadata schema ${version.value} is newer than this server understands (${SCHEMA_VERSION})`);
	}
	return db;
}
// dist/src/server/metadata/sqlite-rows.js
/** Random bytes drawn 4 KiB at a time: one draw per id cost more than the insert. */
let randomPool = Buffer.alloc(0);
let randomAt = 0;
let lastMs = 0;
let sequence = 0;
/**
* A fresh entry or version id: the time and a counter in hex, then 64 random bits in
* base64url. Ids that sort by creation make each insert land on the last page of the
* tables' indexes: a batch of 2,000 commits with random ids dirtied a page per row and
* its commit wrote twice as much (~190 ms against ~80 ms at 100,000 entries). The
* random part keeps ids unguessable; lookups are scoped by account either way.
*/
function newId() {
	if (randomAt + 8 > randomPool.length) {
		randomPool = randomBytes(4096);
		randomAt = 0;
	}
	const now = Date.now();
	sequence = now === lastMs ? sequence + 1 & 65535 : 0;
	lastMs = now;
	const random = randomPool.toString("base64url", randomAt, randomAt + 8);
	randomAt += 8;
	return `${now.toString(16).padStart(12, "0")}${sequence.toString(16).padStart(4, "0")}${random}`;
}
/** Shared row access for the entry repositories; all calls run inside their transaction. */
var EntryRows = class {
	db;
	/** A prepared statement, compiled once: preparing is most of the cost of small queries. */
	sql;
	/** The versions' chunk references (chunk-refs.ts). */
	refs;
	constructor(db) {
		this.db = db;
		this.sql = preparedStatements(db);
		this.refs = new ChunkRefs(db, this.sql);
	}
	row(accountId, id) {
		return this.sql("SELECT * FROM entries WHERE account_id = ? AND id = ?").get(accountId, id);
	}
	/** The entry or a not_found error; another account's id is indistinguishable from none. */
	require(accountId, id) {
		const row = this.row(accountId, id);
		if (!row || row.purged) throw new CirrusError("not_found", `no entry ${id}`);
		return row;
	}
	liveChild(accountId, parentId, name) {
		return this.sql("SELECT * FROM entries WHERE account_id = ? AND parent_id = ? AND name = ? AND deleted = 0").get(accountId, parentId, name);
	}
	/** A `name_conflict` (with the entry in the way) unless the name is free or is `selfId`'s. */
	assertNameFree(accountId, parentId, name, selfId) {
		const clash = this.liveChild(accountId, parentId, name);
		if (clash && clash.id !== selfId) throw new CirrusError("name_conflict", `${name} already exists`, this.toEntry(clash, false));
	}
	liveFolder(accountId, id) {
		const row = this.row(accountId, id);
		if (!row || row.deleted) throw new CirrusError("not_found", `no folder ${id}`);
		if (row.kind !== "folder") throw new CirrusError("not_a_folder", `${id} is not a folder`);
		return row;
	}
	/**
	* Run `fn` (inside the caller's transaction) with the account's cursor and used bytes
	* kept in memory and written back once at the end: a batch of 2,000 commits otherwise
	* spent three of its nine statements per commit on the account row. `undo` is what
	* an op that failed calls to take back its share (its savepoint undid the rest).
	*/
	withAccountTally(accountId, fn) {
		const row = this.sql("SELECT cursor, used_bytes, quota_bytes FROM accounts WHERE id = ?").get(accountId);
		if (!row) return fn(() => () => void 0);
		const tally = {
			accountId,
			cursor: row.cursor,
			used: row.used_bytes,
			quota: row.quota_bytes
		};
		this.tally = tally;
		try {
			const result = fn(() => {
				const { cursor, used } = tally;
				return () => {
					tally.cursor = cursor;
					tally.used = used;
				};
			});
			this.sql("UPDATE accounts SET cursor = ?, used_bytes = ? WHERE id = ?").run(tally.cursor, tally.used, accountId);
			return result;
		} finally {
			this.tally = null;
		}
	}
	/** The account row as withAccountTally holds it, if it does for this account. */
	tally = null;
	tallyOf(accountId) {
		return this.tally?.accountId === accountId ? this.tally : null;
	}
	/** Advance the account's cursor and return the new sequence number. */
	nextSeq(accountId) {
		const tally = this.tallyOf(accountId);
		if (tally) return ++tally.cursor;
		return this.sql("UPDATE accounts SET cursor = cursor + 1 WHERE id = ? RETURNING cursor").get(accountId).cursor;
	}
	addUsedBytes(accountId, delta) {
		if (delta === 0) return;
		const tally = this.tallyOf(accountId);
		if (tally) tally.used = Math.max(0, tally.used + delta);
		else this.sql("UPDATE accounts SET used_bytes = MAX(0, used_bytes + ?) WHERE id = ?").run(delta, accountId);
	}
	checkQuota(accountId, delta) {
		if (delta <= 0) return;
		const tally = this.tallyOf(accountId);
		const row = tally ? {
			quota_bytes: tally.quota,
			used_bytes: tally.used
		} : this.sql("SELECT quota_bytes, used_bytes FROM accounts WHERE id = ?").get(accountId);
		if (row.quota_bytes !== null && row.used_bytes + delta > row.quota_bytes) throw new CirrusError("quota_exceeded", `quota of ${row.quota_bytes} bytes would be exceeded (${row.used_bytes} used)`);
	}
	pathOf(accountId, id) {
		const parts = [];
		let current = this.row(accountId, id);
		while (current && current.parent_id !== null) {
			parts.unshift(current.name);
			current = this.row(accountId, current.parent_id);
		}
		return parts.join("/");
	}
	version(accountId, versionId) {
		if (!versionId) return void 0;
		return this.sql("SELECT * FROM versions WHERE account_id = ? AND id = ?").get(accountId, versionId);
	}
	currentChunks(row) {
		return decodeManifest(this.version(row.account_id, row.version_id)?.manifest);
	}
	insertVersion(row, chunks, now) {
		const id = newId();
		this.sql(`INSERT INTO versions (id, account_id, entry_id, rev, size, mtime, hash, device_id, created_at, manifest)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(id, row.account_id, row.entry_id, row.rev, row.size, row.mtime, row.hash, row.device_id, now, encodeManifest(chunks));
		this.refs.add(row.account_id, id, chunks);
		return id;
	}
	deleteVersions(accountId, versionIds) {
		const version = this.sql("DELETE FROM versions WHERE account_id = ? AND id = ? RETURNING length(manifest) AS bytes");
		for (const id of versionIds) {
			const deleted = version.get(accountId, id);
			if (deleted) this.refs.drop(accountId, id, deleted.bytes / 36);
		}
	}
	toEntry(row, withChunks) {
		const entry = {
			id: row.id,
			parentId: row.parent_id,
			name: row.name,
			kind: row.kind,
			size: row.size,
			mtime: row.mtime,
			hash: row.hash,
			rev: row.rev,
			deleted: row.deleted === 1,
			deviceId: row.device_id,
			chunkCount: row.chunk_count
		};
		if (withChunks && row.kind === "file" && !row.deleted) entry.chunks = this.currentChunks(row);
		return entry;
	}
	/**
	* Change pages carry small manifests inline so small files need no second request;
	* `inline_manifest` is the current version's, read with the row.
	*/
	toFeedEntry(row) {
		const entry = this.toEntry(row, false);
		if (row.kind === "file" && !row.deleted && row.chunk_count <= LIMITS.inlineManifestChunks) entry.chunks = decodeManifest(row.inline_manifest ?? void 0);
		return entry;
	}
};
// dist/src/server/metadata/sqlite-entries.js
function checkName(name) {
	const problem = nameProblem(name);
	if (problem) throw new CirrusError("invalid_name", `invalid name ${JSON.stringify(name)}: ${problem}`);
}
var SqliteEntries = class {
	rows;
	now;
	retention;
	/** Folders found live during the batch being applied (see applyOps). */
	liveFolders = /* @__PURE__ */ new Set();
	constructor(rows, now, retention) {
		this.rows = rows;
		this.now = now;
		this.retention = retention;
	}
	applyOps(accountId, deviceId, ops, absentChunks) {
		const db = this.rows.db;
		const results = [];
		const runOne = db.transaction((op) => {
			if (op.op !== "commit" && op.op !== "mkdir") this.liveFolders.clear();
			return this.applyOne(accountId, deviceId, op, absentChunks);
		});
		this.liveFolders.clear();
		return {
			results,
			cursor: db.transaction(() => {
				this.rows.withAccountTally(accountId, (mark) => {
					for (const op of ops) {
						const undo = mark();
						try {
							results.push({
								ok: true,
								entry: runOne(op)
							});
						} catch (error) {
							undo();
							if (!(error instanceof CirrusError)) throw error;
							results.push({
								ok: false,
								error: error.toBody()
							});
						}
					}
				});
				return this.rows.sql("SELECT cursor FROM accounts WHERE id = ?").get(accountId).cursor;
			})()
		};
	}
	applyOne(accountId, deviceId, op, absent) {
		switch (op.op) {
			case "commit": return this.commit(accountId, deviceId, op, absent);
			case "mkdir": return this.mkdir(accountId, deviceId, op);
			case "move": return this.move(accountId, deviceId, op);
			case "delete": return this.remove(accountId, op);
		}
	}
	commit(accountId, deviceId, op, absent) {
		const rows = this.rows;
		let existing;
		if (op.id !== void 0) {
			existing = rows.require(accountId, op.id);
			if (existing.kind !== "file") throw new CirrusError("bad_request", `${op.id} is not a file`);
			if (existing.deleted || op.baseRev !== existing.rev) throw new CirrusError("stale_base", "the file changed on the server", rows.toEntry(existing, false));
			if (existing.parent_id !== op.parentId || existing.name !== op.name) {
				checkName(op.name);
				rows.liveFolder(accountId, op.parentId);
				rows.assertNameFree(accountId, op.parentId, op.name, existing.id);
			}
		} else {
			checkName(op.name);
			this.requireLiveFolder(accountId, op.parentId);
			rows.assertNameFree(accountId, op.parentId, op.name);
		}
		let chunks;
		if (op.patch) {
			if (!existing || op.patch.baseRev !== existing.rev) throw new CirrusError("bad_request", "a manifest patch needs the current revision as its base");
			chunks = applyPatch(rows.currentChunks(existing), op.patch);
		} else chunks = op.chunks ?? [];
		const total = chunks.reduce((sum, c) => sum + c.size, 0);
		if (total !== op.size) throw new CirrusError("bad_request", `chunks add up to ${total} bytes, not ${op.size}`);
		const missing = chunks.filter((c) => absent.has(c.id)).map((c) => c.id);
		if (missing.length > 0) throw new CirrusError("missing_chunks", `${missing.length} chunks are not uploaded`, { missing: [...new Set(missing)].slice(0, 1e3) });
		const delta = op.size - (existing?.size ?? 0);
		rows.checkQuota(accountId, delta);
		return this.writeVersion(accountId, deviceId, existing, op, chunks, delta);
	}
	requireLiveFolder(accountId, id) {
		if (this.liveFolders.has(id)) return;
		this.rows.liveFolder(accountId, id);
		this.liveFolders.add(id);
	}
	/** Store a new current version of a file (shared by commit and version restore). */
	writeVersion(accountId, deviceId, existing, meta, chunks, delta) {
		const rows = this.rows;
		const seq = rows.nextSeq(accountId);
		const id = existing?.id ?? newId();
		const versionId = rows.insertVersion({
			account_id: accountId,
			entry_id: id,
			rev: seq,
			size: meta.size,
			mtime: meta.mtime,
			hash: meta.hash,
			device_id: deviceId
		}, chunks, this.now());
		if (existing) rows.sql(`UPDATE entries SET parent_id = ?, name = ?, size = ?, mtime = ?, hash = ?, rev = ?, device_id = ?,
             version_id = ?, chunk_count = ?
           WHERE account_id = ? AND id = ?`).run(meta.parentId, meta.name, meta.size, meta.mtime, meta.hash, seq, deviceId, versionId, chunks.length, accountId, id);
		else rows.sql(`INSERT INTO entries (account_id, id, parent_id, name, kind, size, mtime, hash, rev, device_id, version_id, chunk_count)
           VALUES (?, ?, ?, ?, 'file', ?, ?, ?, ?, ?, ?, ?)`).run(accountId, id, meta.parentId, meta.name, meta.size, meta.mtime, meta.hash, seq, deviceId, versionId, chunks.length);
		rows.addUsedBytes(accountId, delta);
		if (existing) {
			this.pruneVersionsOf(accountId, id);
			return rows.toEntry(rows.require(accountId, id), false);
		}
		return {
			id,
			parentId: meta.parentId,
			name: meta.name,
			kind: "file",
			size: meta.size,
			mtime: meta.mtime,
			hash: meta.hash,
			rev: seq,
			deleted: false,
			deviceId,
			chunkCount: chunks.length
		};
	}
	/**
	* Keep the newest `keepCount` versions, and drop any other older than `keepDays`,
	* never the current one. Older versions past the count go at once, so a file saved
	* every second does not grow without bound.
	*/
	pruneVersionsOf(accountId, entryId) {
		const { keepCount, keepDays } = this.retention;
		const cutoff = this.now() - keepDays * 864e5;
		const drop = this.rows.sql("SELECT id, created_at FROM versions WHERE account_id = ? AND entry_id = ? ORDER BY rev DESC").all(accountId, entryId).filter((v, index) => index > 0 && (index >= keepCount || v.created_at < cutoff)).map((v) => v.id);
		this.rows.deleteVersions(accountId, drop);
	}
	mkdir(accountId, deviceId, op) {
		const rows = this.rows;
		checkName(op.name);
		rows.liveFolder(accountId, op.parentId);
		const clash = rows.liveChild(accountId, op.parentId, op.name);
		if (clash) {
			if (clash.kind === "folder") return rows.toEntry(clash, false);
			rows.assertNameFree(accountId, op.parentId, op.name);
		}
		const seq = rows.nextSeq(accountId);
		const id = newId();
		rows.sql(`INSERT INTO entries (account_id, id, parent_id, name, kind, mtime, rev, device_id)
         VALUES (?, ?, ?, ?, 'folder', ?, ?, ?)`).run(accountId, id, op.parentId, op.name, op.mtime ?? this.now(), seq, deviceId);
		return rows.toEntry(rows.require(accountId, id), false);
	}
	move(accountId, deviceId, op) {
		const rows = this.rows;
		const row = rows.require(accountId, op.id);
		if (row.parent_id === null) throw new CirrusError("bad_request", "the root cannot be moved");
		if (row.deleted || row.rev !== op.baseRev) throw new CirrusError("stale_base", "the entry changed on the server", rows.toEntry(row, false));
		checkName(op.name);
		rows.liveFolder(accountId, op.parentId);
		if (row.parent_id === op.parentId && row.name === op.name) return rows.toEntry(row, false);
		for (let at = op.parentId; at !== null; at = rows.row(accountId, at)?.parent_id ?? null) if (at === row.id) throw new CirrusError("cycle", "a folder cannot move into itself");
		rows.assertNameFree(accountId, op.parentId, op.name, row.id);
		const seq = rows.nextSeq(accountId);
		rows.sql("UPDATE entries SET parent_id = ?, name = ?, rev = ?, device_id = ? WHERE account_id = ? AND id = ?").run(op.parentId, op.name, seq, deviceId, accountId, row.id);
		return rows.toEntry(rows.require(accountId, row.id), false);
	}
	/** Move an entry and everything under it to the trash, as one restorable group. */
	remove(accountId, op) {
		const rows = this.rows;
		const row = rows.require(accountId, op.id);
		if (row.parent_id === null) throw new CirrusError("bad_request", "the root cannot be deleted");
		if (row.deleted || row.rev !== op.baseRev) throw new CirrusError("stale_base", "the entry changed on the server", rows.toEntry(row, false));
		const subtree = rows.sql(`WITH RECURSIVE sub(id, depth) AS (
           SELECT ?, 0 UNION ALL
           SELECT e.id, sub.depth + 1 FROM entries e JOIN sub ON e.parent_id = sub.id
           WHERE e.account_id = ? AND e.deleted = 0)
         SELECT e.id, e.kind, e.size FROM entries e JOIN sub ON e.id = sub.id
         WHERE e.account_id = ? ORDER BY sub.depth DESC`).all(row.id, accountId, accountId);
		const path = rows.pathOf(accountId, row.id);
		const now = this.now();
		const mark = rows.sql(`UPDATE entries SET deleted = 1, deleted_at = ?, trash_group = ?, rev = ?, trash_path = ?
       WHERE account_id = ? AND id = ?`);
		let group = 0;
		let freed = 0;
		for (const item of subtree) {
			const seq = rows.nextSeq(accountId);
			if (group === 0) group = seq;
			mark.run(now, group, seq, item.id === row.id ? path : null, accountId, item.id);
			if (item.kind === "file") freed += item.size;
		}
		rows.addUsedBytes(accountId, -freed);
		return rows.toEntry(rows.require(accountId, row.id), false);
	}
	changes(accountId, cursor, limit) {
		const found = this.rows.sql(`SELECT e.*, CASE WHEN e.chunk_count <= ? THEN v.manifest END AS inline_manifest
         FROM entries e LEFT JOIN versions v ON v.account_id = e.account_id AND v.id = e.version_id
         WHERE e.account_id = ? AND e.rev > ? ORDER BY e.rev LIMIT ?`).all(LIMITS.inlineManifestChunks, accountId, cursor, limit + 1);
		const more = found.length > limit;
		const page = more ? found.slice(0, limit) : found;
		const last = page.at(-1);
		const accountCursor = this.rows.sql("SELECT cursor FROM accounts WHERE id = ?").get(accountId).cursor;
		return {
			entries: page.map((row) => this.rows.toFeedEntry(row)),
			cursor: more && last ? last.rev : Math.max(cursor, accountCursor),
			more
		};
	}
};
// dist/src/server/metadata/sqlite-history.js
var SqliteHistory = class {
	rows;
	entries;
	now;
	retention;
	constructor(rows, entries, now, retention) {
		this.rows = rows;
		this.entries = entries;
		this.now = now;
		this.retention = retention;
	}
	liveFile(accountId, id) {
		const row = this.rows.require(accountId, id);
		if (row.kind !== "file") throw new CirrusError("bad_request", `${id} is not a file`);
		return row;
	}
	/** The current chunk list, or a patch against the version the caller already has. */
	manifest(accountId, id, haveRev) {
		const row = this.liveFile(accountId, id);
		const chunks = this.rows.currentChunks(row);
		if (haveRev !== null && haveRev !== row.rev) {
			const old = this.rows.sql("SELECT manifest FROM versions WHERE account_id = ? AND entry_id = ? AND rev = ?").get(accountId, id, haveRev);
			if (old) {
				const patch = diffManifests(haveRev, decodeManifest(old.manifest), chunks);
				if (patch.ops.length < chunks.length) return {
					rev: row.rev,
					patch
				};
			}
		}
		return {
			rev: row.rev,
			chunks
		};
	}
	versions(accountId, id) {
		const row = this.liveFile(accountId, id);
		return this.rows.sql("SELECT * FROM versions WHERE account_id = ? AND entry_id = ? ORDER BY rev DESC").all(accountId, id).map((v) => ({
			id: v.id,
			rev: v.rev,
			size: v.size,
			mtime: v.mtime,
			hash: v.hash,
			deviceId: v.device_id,
			createdAt: v.created_at,
			current: v.id === row.version_id
		}));
	}
	/** The chunk list of one version (to read an old version without restoring it). */
	versionManifest(accountId, id, versionId) {
		this.liveFile(accountId, id);
		const version = this.rows.version(accountId, versionId);
		if (!version || version.entry_id !== id) throw new CirrusError("not_found", `no version ${versionId} of ${id}`);
		return {
			rev: version.rev,
			chunks: decodeManifest(version.manifest)
		};
	}
	/** Make an old version current again, as a new version (history is never rewritten). */
	restoreVersion(accountId, deviceId, id, versionId) {
		return this.rows.db.transaction(() => {
			const row = this.liveFile(accountId, id);
			if (row.deleted) throw new CirrusError("not_found", "restore the file from the trash first");
			const version = this.rows.version(accountId, versionId);
			if (!version || version.entry_id !== id) throw new CirrusError("not_found", `no version ${versionId} of ${id}`);
			const delta = version.size - row.size;
			this.rows.checkQuota(accountId, delta);
			return this.entries.writeVersion(accountId, deviceId, row, {
				parentId: row.parent_id ?? "root",
				name: row.name,
				size: version.size,
				mtime: version.mtime,
				hash: version.hash
			}, decodeManifest(version.manifest), delta);
		})();
	}
	trash(accountId) {
		return this.rows.sql(`SELECT * FROM entries WHERE account_id = ? AND deleted = 1 AND purged = 0 AND trash_path IS NOT NULL
         ORDER BY deleted_at DESC, rev DESC`).all(accountId).map((row) => ({
			id: row.id,
			name: row.name,
			kind: row.kind,
			size: row.size,
			parentId: row.parent_id,
			path: row.trash_path ?? row.name,
			deletedAt: row.deleted_at ?? 0
		}));
	}
	trashItem(accountId, id) {
		const row = this.rows.require(accountId, id);
		if (!row.deleted || row.trash_path === null || row.trash_group === null) throw new CirrusError("not_found", `${id} is not in the trash`);
		return row;
	}
	groupRows(accountId, group) {
		return this.rows.sql("SELECT * FROM entries WHERE account_id = ? AND trash_group = ? AND deleted = 1 ORDER BY rev DESC").all(accountId, group);
	}
	/** Bring a trashed entry (and what was deleted with it) back, renamed if its name is taken. */
	restoreTrash(accountId, deviceId, id) {
		return this.rows.db.transaction(() => {
			const top = this.trashItem(accountId, id);
			const parent = top.parent_id === null ? void 0 : this.rows.row(accountId, top.parent_id);
			const parentId = parent && !parent.deleted && parent.kind === "folder" ? parent.id : "root";
			const name = this.freeName(accountId, parentId, top.name);
			const group = this.groupRows(accountId, top.trash_group);
			const bytes = group.filter((r) => r.kind === "file").reduce((sum, r) => sum + r.size, 0);
			this.rows.checkQuota(accountId, bytes);
			this.rows.sql("UPDATE entries SET parent_id = ?, name = ? WHERE account_id = ? AND id = ?").run(parentId, name, accountId, top.id);
			const restore = this.rows.sql(`UPDATE entries SET deleted = 0, deleted_at = NULL, trash_group = NULL, trash_path = NULL, rev = ?, device_id = ?
         WHERE account_id = ? AND id = ?`);
			for (const row of group) restore.run(this.rows.nextSeq(accountId), deviceId, accountId, row.id);
			this.rows.addUsedBytes(accountId, bytes);
			return this.rows.toEntry(this.rows.require(accountId, top.id), false);
		})();
	}
	freeName(accountId, parentId, name) {
		if (!this.rows.liveChild(accountId, parentId, name)) return name;
		const dot = name.lastIndexOf(".");
		const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
		for (let n = 1;; n++) {
			const candidate = `${stem} (restored${n > 1 ? ` ${n}` : ""})${ext}`;
			if (!this.rows.liveChild(accountId, parentId, candidate)) return candidate;
		}
	}
	purgeTrash(accountId, id) {
		this.rows.db.transaction(() => {
			const top = this.trashItem(accountId, id);
			this.purgeGroup(accountId, top.trash_group);
		})();
	}
	/** Forget a trash group for good; its rows stay as tombstones so feeds stay correct. */
	purgeGroup(accountId, group) {
		for (const row of this.groupRows(accountId, group)) {
			const versionIds = this.rows.sql("SELECT id FROM versions WHERE account_id = ? AND entry_id = ?").all(accountId, row.id).map((v) => v.id);
			this.rows.deleteVersions(accountId, versionIds);
			this.rows.sql(`UPDATE entries SET purged = 1, trash_path = NULL, version_id = NULL, chunk_count = 0
           WHERE account_id = ? AND id = ?`).run(accountId, row.id);
		}
	}
	pruneExpired(now) {
		return this.rows.db.transaction(() => {
			let removed = 0;
			const trashCutoff = now - this.retention.trashDays * 864e5;
			const groups = this.rows.sql(`SELECT DISTINCT account_id, trash_group FROM entries
           WHERE deleted = 1 AND purged = 0 AND trash_path IS NOT NULL AND deleted_at < ?`).all(trashCutoff);
			for (const g of groups) {
				this.purgeGroup(g.account_id, g.trash_group);
				removed++;
			}
			const versionCutoff = now - this.retention.keepDays * 864e5;
			const old = this.rows.sql(`SELECT v.account_id, v.id FROM versions v
           JOIN entries e ON e.account_id = v.account_id AND e.id = v.entry_id
           WHERE v.created_at < ? AND (e.version_id IS NULL OR e.version_id <> v.id)`).all(versionCutoff);
			for (const v of old) this.rows.deleteVersions(v.account_id, [v.id]);
			return removed + old.length;
		})();
	}
	referencedChunks(accountId, ids) {
		return this.rows.refs.referenced(accountId, ids);
	}
};
// dist/src/server/metadata/sqlite-store.js
var SqliteMetadataStore = class {
	db;
	accounts;
	entries;
	history;
	rows;
	refsFlusher;
	constructor(options) {
		const now = options.now ?? Date.now;
		mkdirSync(options.dataDir, {
			recursive: true,
			mode: 448
		});
		this.db = openMetadataDb(path.join(options.dataDir, "metadata.db"));
		const rows = new EntryRows(this.db);
		this.rows = rows;
		this.accounts = new SqliteAccounts(this.db, now, rows.refs);
		this.refsFlusher = new RefsFlusher(rows.refs);
		this.entries = new SqliteEntries(rows, now, options.retention);
		this.history = new SqliteHistory(rows, this.entries, now, options.retention);
	}
	fingerprint() {
		return this.db.prepare("SELECT value FROM meta WHERE key = 'fingerprint'").get().value;
	}
	resetFingerprint() {
		const value = randomUUID();
		this.db.prepare("UPDATE meta SET value = ? WHERE key = 'fingerprint'").run(value);
		return value;
	}
	createAccount = (name, passwordHash, quotaBytes) => this.accounts.create(name, passwordHash, quotaBytes);
	findAccount = (name) => this.accounts.find(name);
	getAccount = (id) => this.accounts.get(id);
	listAccounts = () => this.accounts.list();
	deleteAccount = (name) => this.accounts.delete(name);
	setPasswordHash = (accountId, hash) => {
		this.accounts.setPasswordHash(accountId, hash);
	};
	setQuota = (accountId, quotaBytes) => {
		this.accounts.setQuota(accountId, quotaBytes);
	};
	setTotp = (accountId, fields) => {
		this.accounts.setTotp(accountId, fields);
	};
	createDevice = (accountId, name, tokenHash) => this.accounts.createDevice(accountId, name, tokenHash);
	deviceByTokenHash = (tokenHash) => this.accounts.deviceByTokenHash(tokenHash);
	listDevices = (accountId) => this.accounts.listDevices(accountId);
	revokeDevice = (accountId, deviceId) => this.accounts.revokeDevice(accountId, deviceId);
	revokeAllDevices = (accountId) => this.accounts.revokeAllDevices(accountId);
	touchDevice = (deviceId, now) => {
		this.accounts.touchDevice(deviceId, now);
	};
	applyOps = (accountId, deviceId, ops, absent) => this.entries.applyOps(accountId, deviceId, ops, absent);
	getEntry = (accountId, id) => {
		const row = this.rows.row(accountId, id);
		return row && !row.purged ? this.rows.toEntry(row, true) : null;
	};
	manifest = (accountId, id, haveRev) => this.history.manifest(accountId, id, haveRev);
	changes = (accountId, cursor, limit) => this.entries.changes(accountId, cursor, limit);
	versions = (accountId, id) => this.history.versions(accountId, id);
	versionManifest = (accountId, id, versionId) => this.history.versionManifest(accountId, id, versionId);
	restoreVersion = (accountId, deviceId, id, versionId) => this.history.restoreVersion(accountId, deviceId, id, versionId);
	trash = (accountId) => this.history.trash(accountId);
	restoreTrash = (accountId, deviceId, id) => this.history.restoreTrash(accountId, deviceId, id);
	purgeTrash = (accountId, id) => {
		this.history.purgeTrash(accountId, id);
	};
	pruneExpired = (now) => this.history.pruneExpired(now);
	referencedChunks = (accountId, ids) => this.history.referencedChunks(accountId, ids);
	close() {
		this.refsFlusher.close();
		this.db.close();
	}
};
// dist/src/server/push/push-hub.js
var PushHub = class {
	byAccount = /* @__PURE__ */ new Map();
	add(accountId, connection) {
		let set = this.byAccount.get(accountId);
		if (!set) {
			set = /* @__PURE__ */ new Set();
			this.byAccount.set(accountId, set);
		}
		set.add(connection);
		return () => {
			set.delete(connection);
			if (set.size === 0) this.byAccount.delete(accountId);
		};
	}
	notify(accountId, cursor) {
		for (const connection of this.byAccount.get(accountId) ?? []) connection.send({
			type: "cursor",
			cursor
		});
	}
	/** A revoked device loses its open connections at once. */
	revoke(accountId, deviceId) {
		for (const connection of [...this.byAccount.get(accountId) ?? []]) if (connection.deviceId === deviceId) {
			connection.send({ type: "revoked" });
			connection.close(4001, "device revoked");
		}
	}
	closeAll() {
		for (const set of this.byAccount.values()) for (const connection of set) connection.close(1001, "server shutting down");
		this.byAccount.clear();
	}
	connectionCount() {
		let n = 0;
		for (const set of this.byAccount.values()) n += set.size;
		return n;
	}
};
// dist/src/server/sync-service.js
const blobAccount = (accountId) => String(accountId);
var SyncService = class {
	metadata;
	blobs;
	push;
	locks;
	constructor(metadata, blobs, push, locks) {
		this.metadata = metadata;
		this.blobs = blobs;
		this.push = push;
		this.locks = locks;
	}
	missingChunks(accountId, ids) {
		return this.blobs.missing(blobAccount(accountId), [...new Set(ids)]);
	}
	async storeChunks(accountId, chunks) {
		await this.blobs.putMany(blobAccount(accountId), chunks);
	}
	/** Many chunks in order; throws not_found (listing them) before reading any if some are absent. */
	readChunks(accountId, ids) {
		const { missing, chunks } = this.blobs.getMany(blobAccount(accountId), ids);
		if (missing.length > 0) throw new CirrusError("not_found", `${missing.length} chunks not found`, { missing });
		return chunks;
	}
	async readChunk(accountId, id) {
		const data = await this.blobs.get(blobAccount(accountId), id);
		if (!data) throw new CirrusError("not_found", `no chunk ${id}`);
		return data;
	}
	/** Apply ops; commits may only reference chunks the blob store holds for this account. */
	async applyOps(accountId, deviceId, ops) {
		const referenced = /* @__PURE__ */ new Set();
		for (const op of ops) {
			if (op.op !== "commit") continue;
			for (const chunk of op.chunks ?? []) referenced.add(chunk.id);
			for (const item of op.patch?.ops ?? []) if ("id" in item) referenced.add(item.id);
		}
		const outcome = await this.locks.run(accountId, async () => {
			const absent = new Set(await this.blobs.missing(blobAccount(accountId), [...referenced]));
			const before = this.metadata.getAccount(accountId)?.cursor ?? 0;
			return {
				...this.metadata.applyOps(accountId, deviceId, ops, absent),
				since: before
			};
		});
		if (outcome.cursor > outcome.since) this.push.notify(accountId, outcome.cursor);
		return {
			results: outcome.results,
			cursor: outcome.cursor,
			since: outcome.since
		};
	}
	/** Run a metadata change that advances the cursor, then tell the account's devices. */
	mutate(accountId, change) {
		const result = change();
		const cursor = this.metadata.getAccount(accountId)?.cursor;
		if (cursor !== void 0) this.push.notify(accountId, cursor);
		return result;
	}
	/**
	* Reclaim chunks that no version, trash entry or live file references and that
	* nobody stored or asked about within the grace period (an upload about to be
	* committed). Runs under the account lock, so no commit can claim a chunk between
	* the reference check and the delete.
	*/
	async collectGarbage(now, graceMs) {
		this.metadata.pruneExpired(now);
		let removed = 0;
		for (const account of await this.blobs.accounts()) {
			const accountId = Number(account);
			removed += await this.locks.run(accountId, async () => {
				const idle = await this.blobs.listIdle(account, now - graceMs);
				if (idle.length === 0) return 0;
				const referenced = this.metadata.getAccount(accountId) !== null ? this.metadata.referencedChunks(accountId, idle) : /* @__PURE__ */ new Set();
				const garbage = idle.filter((id) => !referenced.has(id));
				await this.blobs.delete(account, garbage, now - graceMs);
				return garbage.length;
			});
		}
		if (removed > 0) await this.blobs.compact();
		return removed;
	}
};
// dist/src/server/server.js
/** Open the stores under the data folder (also used by the admin commands). */
async function openStores(config, logger) {
	await mkdir(config.dataDir, {
		recursive: true,
		mode: 448
	});
	return {
		metadata: new SqliteMetadataStore({
			dataDir: config.dataDir,
			retention: {
				...config.versions,
				trashDays: config.trashDays
			}
		}),
		blobs: await LocalBlobStore.open({
			dir: path.join(config.dataDir, "chunks"),
			logger
		})
	};
}
async function startServer(config, logger) {
	const log = logger ?? createLogger(config.logLevel);
	const { metadata, blobs } = await openStores(config, log);
	const push = new PushHub();
	const sync = new SyncService(metadata, blobs, push, new AccountLocks());
	const auth = new AuthService(metadata, config.loginLimits);
	const https = config.tls ? {
		cert: await readFile(config.tls.cert),
		key: await readFile(config.tls.key)
	} : null;
	const app = await buildApp({
		config,
		metadata,
		auth,
		sync,
		push
	}, {
		logger: log,
		https
	});
	await app.listen({
		host: config.host,
		port: config.port
	});
	const address = app.server.address();
	const port = typeof address === "object" && address ? address.port : config.port;
	const host = config.host.includes(":") ? `[${config.host}]` : config.host;
	const url = `${config.tls ? "https" : "http"}://${host}:${port}`;
	let collecting = Promise.resolve();
	const collector = setInterval(() => {
		collecting = sync.collectGarbage(Date.now(), config.gc.graceMs).catch((err) => {
			log.error({ err }, "garbage collection failed");
		});
	}, config.gc.intervalMs);
	collector.unref();
	let closed = false;
	return {
		url,
		app,
		metadata,
		sync,
		async close() {
			if (closed) return;
			closed = true;
			clearInterval(collector);
			push.closeAll();
			await app.close();
			await collecting;
			await blobs.close();
			metadata.close();
		}
	};
}
// dist/src/server/embedded-endpoint.js
const embeddedEndpoint = {
	async start(dataDir, port) {
		const server = await startServer(makeConfig({
			dataDir,
			port: port ?? 0,
			logLevel: "warn"
		})).catch(async (error) => {
			if (port !== null && error.code === "EADDRINUSE") return startServer(makeConfig({
				dataDir,
				port: 0,
				logLevel: "warn"
			}));
			throw error;
		});
		const actual = Number(new URL(server.url).port);
		return {
			url: server.url,
			port: actual,
			close: () => server.close()
		};
	},
	async createAccount(dataDir, user) {
		const config = makeConfig({ dataDir });
		const store = new SqliteMetadataStore({
			dataDir: config.dataDir,
			retention: {
				...config.versions,
				trashDays: config.trashDays
			}
		});
		try {
			const password = randomBytes(24).toString("base64url");
			const hash = await hashPassword(password);
			const existing = store.findAccount(user);
			if (existing) store.setPasswordHash(existing.id, hash);
			else store.createAccount(user, hash, null);
			return password;
		} finally {
			store.close();
		}
	}
};
export { embeddedEndpoint };
