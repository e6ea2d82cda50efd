# Build with the committed Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 tracker
COPY --from=build /src/target/partnership-tracker-*.jar /tmp/app.jar
# Boot's extracted layout starts faster than the fat jar (README: Production).
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/extracted && rm /tmp/app.jar \
    && mv /app/extracted/partnership-tracker-*.jar /app/extracted/app.jar
USER tracker
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/extracted/app.jar"]
