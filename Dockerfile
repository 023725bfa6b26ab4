# The plangraph CLI as an image: `serve` runs the API, `load seeds` loads the corpus (see docker-compose.yml).
# IDE stage: GraphiQL bundled from the npm lock file (scripts/build-web.sh does the same outside Docker),
# so the image serves the IDE offline.
FROM node:20-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY web/build.mjs ./
COPY web/src/ src/
RUN npm run build

# Build stage: the .NET 10 SDK publishes the CLI with every project it references.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/PlanGraph.Cli/PlanGraph.Cli.csproj -c Release -o /app

# Runtime stage: ASP.NET Core runtime only (the API is an ASP.NET Core host), no SDK.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ seeds/
# The API finds the IDE in web/dist above its own folder.
COPY --from=web /web/dist/ web/dist/
# PLANGRAPH_ROOT tells the CLI where seeds/ and other repository folders are.
ENV PLANGRAPH_ROOT=/app \
    ASPNETCORE_URLS=http://+:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/plangraph.dll"]
CMD ["serve"]
