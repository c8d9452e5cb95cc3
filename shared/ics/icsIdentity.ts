// What an ICS form says about the person filling it: ICS position and home agency and unit (ICS 214
// blocks 4-5, ICS 213 "From"). Kept on the device and edited in Settings: the account's values
// (from the server) are only the starting point, since the position changes from one event to the next.
import { z } from 'zod';
import { optionalText } from '../domain/base';

export const icsIdentitySchema = z.object({
  icsPosition: optionalText('ICS position', 100),
  homeAgency: optionalText('Home agency', 200),
  homeUnit: optionalText('Unit', 100),
});
export type IcsIdentity = z.output<typeof icsIdentitySchema>;
export type IcsIdentityInput = z.input<typeof icsIdentitySchema>;

/** "Agency (Unit)", the way block 5 of ICS 214 asks for it. */
export const agencyAndUnit = ({ homeAgency, homeUnit }: Pick<IcsIdentity, 'homeAgency' | 'homeUnit'>): string =>
  homeAgency && homeUnit ? `${homeAgency} (${homeUnit})` : homeAgency || homeUnit;
