// Second-level places that news names without a country: UK counties and London boroughs, German
// states, Indonesian and Philippine provinces ("|" separated). Written from general knowledge
// (public administrative names, no copied data set).

export const UK_COUNTIES = `
Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|
Dorset|Durham|County Durham|East Sussex|West Sussex|Essex|Gloucestershire|Hampshire|Herefordshire|
Hertfordshire|Kent|Lancashire|Leicestershire|Lincolnshire|Merseyside|Norfolk|Northamptonshire|
Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|Staffordshire|Suffolk|
Surrey|Warwickshire|Wiltshire|Worcestershire|Yorkshire|North Yorkshire|South Yorkshire|
West Yorkshire|East Yorkshire|East Riding of Yorkshire|Greater Manchester|West Midlands|Tyne and Wear|
Isle of Wight|Isles of Scilly|Cotswolds|the Cotswolds|Lake District|Peak District|the Fens|
Highlands|Scottish Highlands|Aberdeenshire|Fife|Perthshire|Argyll|Argyll and Bute|Lanarkshire|
Ayrshire|Dumfries and Galloway|Scottish Borders|Moray|Caithness|Sutherland|Orkney|Shetland|
Outer Hebrides|Hebrides|Gwynedd|Powys|Pembrokeshire|Ceredigion|Carmarthenshire|Anglesey|
Monmouthshire|Denbighshire|Flintshire|Wrexham|Conwy|Antrim|County Antrim|Armagh|County Armagh|
County Down|Fermanagh|Londonderry|County Londonderry|County Tyrone|County Cork|County Kerry|
County Galway|County Clare|County Mayo|County Donegal|County Wicklow|County Meath|County Kildare|
Camden|Hackney|Islington|Lambeth|Southwark|Tower Hamlets|Newham|Haringey|Lewisham|Greenwich|
Wandsworth|Hammersmith|Kensington|Westminster|Ealing|Hounslow|Barnet|Enfield|
Croydon|Bromley|Bexley|Havering|Redbridge|Waltham Forest|Dagenham|Harrow|Hillingdon|
Merton|Kingston upon Thames|Richmond upon Thames|Brixton|Peckham|Shoreditch|Soho|Mayfair|
Notting Hill|Stratford|Canary Wharf|Clapham|Dalston|Tottenham|Walthamstow|Wembley|Whitechapel|
Bermondsey|Hampstead|Highgate|Holborn|Bloomsbury|Covent Garden|Marylebone|Paddington|Pimlico
`;

export const PROVINCES = `
Baden-Wurttemberg|Baden-Württemberg|Berlin|Brandenburg|Hesse|Lower Saxony|Mecklenburg-Western Pomerania|
Mecklenburg-Vorpommern|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony-Anhalt|
Schleswig-Holstein|Thuringia|
West Java|Central Java|East Java|Banten|Yogyakarta|Riau|Riau Islands|Jambi|Bengkulu|Lampung|
Bangka Belitung|West Sumatra|North Sumatra|South Sumatra|Kalimantan|West Kalimantan|Central Kalimantan|
South Kalimantan|East Kalimantan|North Kalimantan|North Sulawesi|Central Sulawesi|South Sulawesi|
Southeast Sulawesi|West Sulawesi|Gorontalo|Maluku|North Maluku|West Papua|West Nusa Tenggara|
East Nusa Tenggara|Nusa Tenggara|Timor|
Cebu|Leyte|Samar|Visayas|Palawan|Bohol|Negros|Panay|Mindoro
`;
