// The sample article shown on first visit. Written for nutgraf and placed in
// the public domain (CC0); it is not from any news source.
export const SAMPLE = `Riverside votes to turn its old rail yard into a public park

The Riverside city council voted 7 to 2 on Tuesday to turn the abandoned Northgate rail yard into a 40-acre public park, ending a decade of debate over the site.

The plan, drafted by the city's parks department with the Riverside Land Trust, sets aside $18.5 million over five years for clean-up, planting and a riverside footpath.

Mayor Elena Ortiz called the vote "the biggest gift this city has given itself in fifty years." She said the first section of the park could open by the summer of 2028.

Engineers found that the soil under the old engine sheds holds diesel and heavy metals, so the clean-up will take at least two years.

Two council members voted against the plan. Councillor James Whitaker said the city should have sold part of the land to pay for road repairs. "We are spending money we do not have on grass," he said.

Residents who packed the council chamber cheered when the result was announced. Many had campaigned for the park since the rail company closed the yard in 2014.

The Riverside Land Trust will raise a further $4 million from private donors for a playground and a community garden.

Work on the site is due to begin in March, once the state environmental agency approves the clean-up plan.`;
