/** The OpenAPI header of the application link's endpoints. */
export const APPLICATION_TOKEN_HEADER = {
  name: 'Authorization',
  description: "`Link <token>`: the application link's token (from `/respond/application/<token>`)",
  required: true,
};
