# The local host (API, dashboard and the Durable Task worker in one process) as one image; in Azure the
# product runs as the Functions app (docs/deployment.md).
# Build: docker build -t genoptraening-api:VERSION .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Genoptraening.Api/Genoptraening.Api.csproj --configuration Release --output /app -p:RestoreLockedMode=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
COPY host.json ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The base image's unprivileged user.
USER app
ENTRYPOINT ["dotnet", "Genoptraening.Api.dll"]
