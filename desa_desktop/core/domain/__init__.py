"""Pure domain rules: NIK, names, phones, regions, positions, occupations, contributions."""
