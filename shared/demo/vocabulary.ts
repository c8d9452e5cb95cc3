// Word lists for the demo data: fictitious places, people and organizations in a made-up utility
// territory. Phone numbers use the NANP fictitious range 555-0100..0199.

export interface ServiceAreaDef {
  name: string;
  towns: readonly string[];
  substations: readonly string[];
}

export const serviceAreas: readonly ServiceAreaDef[] = [
  { name: 'North County', towns: ['Millbrook', 'Ashford', 'Pine Hollow', 'Granite Falls'], substations: ['Cedar Creek', 'Ashford North', 'Granite Falls'] },
  { name: 'Riverside', towns: ['Riverton', 'Lakeport', 'Willow Bend', 'Fairhaven'], substations: ['Riverton', 'Willow Bend', 'Harbor Point'] },
  { name: 'Lakeshore', towns: ['Lakeshore', 'Bayview', 'Sandy Point', 'Marston'], substations: ['Bayview', 'Sandy Point', 'Marston Junction'] },
  { name: 'Downtown', towns: ['Central City', 'Old Town', 'Union Square'], substations: ['Market Street', 'Union Square', 'Civic Center'] },
  { name: 'Hill Country', towns: ['Oak Ridge', 'Summit', 'Eagle Crest', 'Brookside'], substations: ['Oak Ridge', 'Summit Pass', 'Eagle Crest'] },
  { name: 'East Valley', towns: ['Eastfield', 'Greenvale', 'Clearwater', 'Stonebridge'], substations: ['Eastfield', 'Clearwater', 'Stonebridge'] },
];

export const counties = ['Harlan', 'Marlowe', 'Kestrel', 'Bellamy'] as const;

export const streetNames = [
  'Main', 'Oak', 'Maple', 'Cedar', 'River', 'Lake', 'Hill', 'Park', 'Washington', 'Lincoln', 'Jefferson', 'Elm',
  'Pine', 'Walnut', 'Sunset', 'Highland', 'Industrial', 'Commerce', 'Harbor', 'Mill', 'Church', 'Spring',
  'Meadow', 'Ridge', 'Valley', 'Airport', 'College', 'Hospital', 'Center', 'Franklin', 'Madison', 'Grant',
] as const;
export const streetSuffixes = ['St', 'Ave', 'Rd', 'Blvd', 'Dr', 'Way', 'Pkwy', 'Ln'] as const;

export const firstNames = [
  'James', 'Maria', 'Robert', 'Linda', 'Michael', 'Patricia', 'David', 'Jennifer', 'William', 'Elizabeth',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', 'Karen', 'Daniel', 'Nancy', 'Matthew',
  'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Luis', 'Ashley', 'Steven', 'Kimberly', 'Andrew', 'Emily',
  'Kevin', 'Donna', 'Brian', 'Michelle', 'Jorge', 'Carol', 'Wei', 'Amanda', 'Ahmed', 'Melissa', 'Raj',
  'Deborah', 'Tyrone', 'Stephanie', 'Hiroshi', 'Rebecca', 'Olumide', 'Laura', 'Dmitri', 'Sharon', 'Sean',
  'Cynthia', 'Andre', 'Kathleen', 'Jamal', 'Angela', 'Trinh', 'Priya', 'Marcus', 'Rosa', 'Ivan', 'Fatima',
] as const;
export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker',
  'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams',
  'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Chen', 'Patel', 'Okafor',
  'Kowalski', "O'Brien", 'Yamamoto', 'Haddad', 'Novak', 'Fischer', 'Dubois', 'Herndon', 'Ivanova', 'Singh',
] as const;

/** Realistic-looking area codes; the line part is always 555-01xx (fictitious). */
export const areaCodes = [
  '201', '203', '206', '207', '208', '212', '214', '216', '217', '219', '224', '225', '228', '231', '234', '240',
  '248', '251', '253', '260', '262', '267', '269', '270', '281', '301', '302', '303', '304', '307', '309', '312',
  '313', '314', '315', '316', '317', '318', '319', '320', '321', '330', '334', '336', '337', '339', '347', '352',
  '360', '361', '385', '386', '401', '402', '404', '405', '406', '407', '408', '409', '410', '412', '413', '414',
  '415', '417', '419', '423', '425', '430', '432', '434', '435', '440', '443', '458', '469', '478', '479', '480',
  '484', '501', '502', '503', '504', '505', '507', '508', '509', '510', '512', '513', '515', '516', '517', '518',
  '520', '530', '540', '541', '551', '559', '561', '562', '563', '567', '570', '571', '573', '574', '580', '585',
] as const;

export const saints = ['Mary', 'Joseph', 'Luke', 'Francis', 'Anne', 'Vincent', 'Elizabeth', 'Jude', 'Catherine'] as const;
export const brands = [
  'Northstar', 'Bluewater', 'Keystone', 'Summit', 'Pioneer', 'Evergreen', 'Liberty', 'Atlas', 'Meridian',
  'Cascade', 'Ironwood', 'Horizon', 'Beacon', 'Sterling', 'Crescent', 'Granite',
] as const;
export const liaisons = [
  { id: 'user-liaison-01', name: 'Dana Whitfield' },
  { id: 'user-liaison-02', name: 'Marcus Bell' },
  { id: 'user-liaison-03', name: 'Priya Raman' },
  { id: 'user-liaison-04', name: 'Tomás Alvarado' },
  { id: 'user-liaison-05', name: 'Grace Kim' },
  { id: 'user-liaison-06', name: 'Owen Fletcher' },
] as const;
