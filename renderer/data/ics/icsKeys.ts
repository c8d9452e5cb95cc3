/** syncMeta key of the ICS details this device's user entered in Settings (beside meta/keys.ts). */
export const icsIdentityKey = 'ics.identity';
