/** Given names for generated users (deterministic pick by hash). */
export const GIVEN_NAMES: readonly string[] = [
  'Adele', 'Alex', 'Allan', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Christie', 'Daniel', 'Diego',
  'Emily', 'Enrico', 'Fatima', 'Grady', 'Hana', 'Henrietta', 'Isaiah', 'Ivan', 'Jasmine', 'Johanna',
  'Joni', 'Kenji', 'Lee', 'Lidia', 'Lynne', 'Maya', 'Miriam', 'Nestor', 'Noah', 'Olivia',
  'Patti', 'Pradeep', 'Priya', 'Raul', 'Rosa', 'Sakura', 'Samir', 'Sofia', 'Tariq', 'Wei',
];

/** Family names for generated users. */
export const SURNAMES: readonly string[] = [
  'Adams', 'Bowen', 'Brown', 'Chen', 'Cruz', 'Davis', 'Fernandez', 'Garcia', 'Gupta', 'Hall',
  'Holt', 'Ito', 'Jones', 'Khan', 'Kim', 'Lee', 'Lopez', 'Martin', 'Meyer', 'Morris',
  'Nguyen', 'Novak', 'Okafor', 'Patel', 'Perez', 'Rossi', 'Sanchez', 'Schmidt', 'Silva', 'Singh',
  'Smith', 'Sousa', 'Tanaka', 'Taylor', 'Vance', 'Walker', 'Wang', 'Weber', 'Wilson', 'Zhang',
];

/** Job titles for generated users. */
export const JOB_TITLES: readonly string[] = [
  'Accountant', 'Account Manager', 'Business Analyst', 'Customer Support', 'Designer', 'Developer',
  'Engineer', 'Finance Manager', 'HR Advisor', 'IT Technician', 'Legal Counsel', 'Marketing Manager',
  'Office Manager', 'Operations Lead', 'Product Manager', 'Project Manager', 'Recruiter',
  'Sales Representative', 'Team Lead', 'Warehouse Supervisor',
];
