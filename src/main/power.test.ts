import { describe, expect, it } from "vitest";
import {
  conditionsFrom,
  isMeteredChange,
  parseNetworkManagerMetered,
  sameConditions,
} from "./power.js";

describe("conditionsFrom", () => {
  it("maps battery power and a metered network to engine conditions", () => {
    expect(conditionsFrom({ onBatteryPower: true, metered: true })).toEqual({
      onBattery: true,
      metered: true,
    });
  });

  it("treats an unknown network as not metered, so nothing pauses by mistake", () => {
    expect(conditionsFrom({ onBatteryPower: false, metered: null })).toEqual({
      onBattery: false,
      metered: false,
    });
  });

  it("compares conditions so unchanged facts are not sent again", () => {
    const a = { onBattery: true, metered: false };
    expect(sameConditions(null, a)).toBe(false);
    expect(sameConditions({ ...a }, a)).toBe(true);
    expect(sameConditions({ ...a, metered: true }, a)).toBe(false);
  });
});

describe("parseNetworkManagerMetered", () => {
  it("reads busctl and gdbus output, counting guesses", () => {
    expect(parseNetworkManagerMetered("u 1\n")).toBe(true);
    expect(parseNetworkManagerMetered("u 3")).toBe(true);
    expect(parseNetworkManagerMetered("u 2")).toBe(false);
    expect(parseNetworkManagerMetered("(<uint32 4>,)\n")).toBe(false);
    expect(parseNetworkManagerMetered("(<uint32 1>,)")).toBe(true);
  });

  it("says unknown for unknown values and anything unexpected", () => {
    expect(parseNetworkManagerMetered("u 0")).toBeNull();
    expect(parseNetworkManagerMetered("")).toBeNull();
    expect(parseNetworkManagerMetered("Failed to get property")).toBeNull();
  });
});

describe("isMeteredChange", () => {
  it("spots a PropertiesChanged signal that carries Metered", () => {
    expect(
      isMeteredChange(
        "/org/freedesktop/NetworkManager: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.NetworkManager', {'Metered': <uint32 4>}, @as [])",
      ),
    ).toBe(true);
    expect(
      isMeteredChange(
        "/org/freedesktop/NetworkManager: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.NetworkManager', {'ActiveConnections': <[objectpath '/a/1']>}, @as [])",
      ),
    ).toBe(false);
  });
});
