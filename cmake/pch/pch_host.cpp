// The program whose build makes a precompiled header that the tests reuse (cmake/Precompiled.cmake).
int main()
{
    return 0;
}
